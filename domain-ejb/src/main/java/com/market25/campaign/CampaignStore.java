package com.market25.campaign;

import com.market25.common.InvalidInputException;
import com.market25.member.ConsentChannel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Campaigns in SQL on a plain connection ({@link CampaignDesk} runs it in a local READ COMMITTED
 * transaction): the plan and its log, the target draw (sources gathered, duplicates and
 * exclusions counted and removed by set-based statements, the split in Java by {@link TargetDraw})
 * and the response groups the ROI is computed from.
 */
final class CampaignStore {

    private static final String VIEW = "SELECT id, name, campaign_type, owner, start_date, end_date, response_window_days,"
            + " budget, residual_value, target_revenue, channels, recorded_after, status, created_at, updated_by, updated_at,"
            + " closed_on, row_version FROM campaign";

    /** Rows per multi-row INSERT when targets are written. */
    private static final int BATCH = 1000;

    private CampaignStore() {
    }

    static long insert(Connection c, CampaignPlan plan, String owner, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign (name, campaign_type, owner, start_date, end_date,"
                + " response_window_days, budget, residual_value, target_revenue, channels, recorded_after, status,"
                + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            int i = bindPlan(ps, 1, plan, owner);
            ps.setBoolean(i++, plan.recordedAfter());
            ps.setString(i++, CampaignStatus.DRAFT.name());
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setString(i++, owner);
            ps.setTimestamp(i, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Changes the plan of a draft at the version staff saw; {@code false} when someone changed it first. */
    static boolean update(Connection c, long id, int version, CampaignPlan plan, String by, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET name = ?, campaign_type = ?, owner = owner,"
                + " start_date = ?, end_date = ?, response_window_days = ?, budget = ?, residual_value = ?, target_revenue = ?,"
                + " channels = ?, updated_by = ?, updated_at = ?, row_version = row_version + 1"
                + " WHERE id = ? AND row_version = ? AND status = 'DRAFT'")) {
            ps.setString(1, plan.name().trim());
            ps.setString(2, plan.type().name());
            ps.setDate(3, Date.valueOf(plan.startDate()));
            ps.setDate(4, Date.valueOf(plan.endDate()));
            ps.setInt(5, plan.responseWindowDays());
            ps.setBigDecimal(6, CampaignPlan.orZero(plan.budget()));
            ps.setBigDecimal(7, CampaignPlan.orZero(plan.residualValue()));
            ps.setBigDecimal(8, CampaignPlan.orZero(plan.targetRevenue()));
            ps.setString(9, channels(plan.channels()));
            ps.setString(10, by);
            ps.setTimestamp(11, Timestamp.valueOf(now));
            ps.setLong(12, id);
            ps.setInt(13, version);
            return ps.executeUpdate() == 1;
        }
    }

    private static int bindPlan(PreparedStatement ps, int first, CampaignPlan plan, String owner) throws SQLException {
        int i = first;
        ps.setString(i++, plan.name().trim());
        ps.setString(i++, plan.type().name());
        ps.setString(i++, owner);
        ps.setDate(i++, Date.valueOf(plan.startDate()));
        ps.setDate(i++, Date.valueOf(plan.endDate()));
        ps.setInt(i++, plan.responseWindowDays());
        ps.setBigDecimal(i++, CampaignPlan.orZero(plan.budget()));
        ps.setBigDecimal(i++, CampaignPlan.orZero(plan.residualValue()));
        ps.setBigDecimal(i++, CampaignPlan.orZero(plan.targetRevenue()));
        ps.setString(i++, channels(plan.channels()));
        return i;
    }

    static String channels(Set<ConsentChannel> channels) {
        return channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ConsentChannel> channels(String stored) {
        Set<ConsentChannel> set = EnumSet.noneOf(ConsentChannel.class);
        for (String s : stored.split(",")) {
            if (!s.isBlank()) {
                set.add(ConsentChannel.valueOf(s));
            }
        }
        return set;
    }

    static Optional<CampaignView> find(Connection c, long id, boolean forUpdate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    /** A page of campaigns, newest start first, optionally of one status and matching a name. */
    static List<CampaignView> page(Connection c, CampaignStatus status, String name, int first, int size) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = filter(status, name, params);
        try (PreparedStatement ps = c.prepareStatement(VIEW + where + " ORDER BY start_date DESC, id DESC LIMIT ? OFFSET ?")) {
            int i = bind(ps, params);
            ps.setInt(i++, size);
            ps.setInt(i, first);
            return views(ps);
        }
    }

    static long count(Connection c, CampaignStatus status, String name) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = filter(status, name, params);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM campaign" + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String filter(CampaignStatus status, String name, List<Object> params) {
        List<String> parts = new ArrayList<>();
        if (status != null) {
            parts.add("status = ?");
            params.add(status.name());
        }
        if (name != null && !name.isBlank()) {
            parts.add("name LIKE ?");
            params.add("%" + name.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setString(i++, (String) p);
        }
        return i;
    }

    /** Campaigns running on any day from {@code from} to {@code to} (the calendar). */
    static List<CampaignView> between(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE start_date <= ? AND end_date >= ? ORDER BY start_date, id LIMIT 500")) {
            ps.setDate(1, Date.valueOf(to));
            ps.setDate(2, Date.valueOf(from));
            return views(ps);
        }
    }

    private static List<CampaignView> views(PreparedStatement ps) throws SQLException {
        List<CampaignView> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(view(rs));
            }
        }
        return list;
    }

    private static CampaignView view(ResultSet rs) throws SQLException {
        Date closed = rs.getDate(17);
        return new CampaignView(rs.getLong(1), rs.getString(2), CampaignType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getBigDecimal(10), channels(rs.getString(11)), rs.getBoolean(12),
                CampaignStatus.valueOf(rs.getString(13)), rs.getTimestamp(14).toLocalDateTime(), rs.getString(15),
                rs.getTimestamp(16).toLocalDateTime(), closed == null ? null : closed.toLocalDate(), rs.getInt(18));
    }

    /** Moves the status on if it still is {@code from}; {@code false} when another step came first. */
    static boolean move(Connection c, long id, CampaignStatus from, CampaignStatus to, String by, LocalDateTime now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET status = ?, updated_by = ?, updated_at = ?,"
                + " row_version = row_version + 1, closed_on = CASE WHEN ? = 'CLOSED' THEN ? ELSE closed_on END"
                + " WHERE id = ? AND status = ?")) {
            ps.setString(1, to.name());
            ps.setString(2, by);
            ps.setTimestamp(3, Timestamp.valueOf(now));
            ps.setString(4, to.name());
            ps.setDate(5, Date.valueOf(now.toLocalDate()));
            ps.setLong(6, id);
            ps.setString(7, from.name());
            return ps.executeUpdate() == 1;
        }
    }

    static void log(Connection c, long id, CampaignAction action, CampaignStatus from, CampaignStatus to, String by,
            LocalDateTime at, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_event (campaign_id, action, from_status, to_status,"
                + " done_by, done_at, note) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, action.name());
            ps.setString(3, from == null ? null : from.name());
            ps.setString(4, to.name());
            ps.setString(5, by);
            ps.setTimestamp(6, Timestamp.valueOf(at));
            ps.setString(7, note);
            ps.executeUpdate();
        }
    }

    static List<CampaignEventLine> events(Connection c, long id) throws SQLException {
        List<CampaignEventLine> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT action, from_status, to_status, done_by, done_at, note"
                + " FROM campaign_event WHERE campaign_id = ? ORDER BY done_at, id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(2);
                    lines.add(new CampaignEventLine(CampaignAction.valueOf(rs.getString(1)),
                            from == null ? null : CampaignStatus.valueOf(from), CampaignStatus.valueOf(rs.getString(3)),
                            rs.getString(4), rs.getTimestamp(5).toLocalDateTime(), rs.getString(6)));
                }
            }
        }
        return lines;
    }

    // ---------------------------------------------------------------- targets

    /**
     * Replaces the campaign's targets with a new draw. Sources go into a temporary table in their
     * order; the first row per customer stays (the rest count as duplicates); then erased
     * customers, missing consents for the campaign's channels and returned mail (for DM) are
     * counted out; the rest is split by {@link TargetDraw} unless the list gave every group.
     */
    static TargetSummary draw(Connection c, CampaignView campaign, TargetDrawRequest request, long seed, LocalDateTime now)
            throws SQLException {
        long id = campaign.id();
        try (Statement s = c.createStatement()) {
            s.execute("DROP TEMPORARY TABLE IF EXISTS tmp_target_source");
            s.execute("DROP TEMPORARY TABLE IF EXISTS tmp_target");
            s.execute("CREATE TEMPORARY TABLE tmp_target_source (seq BIGINT AUTO_INCREMENT PRIMARY KEY, customer_id BIGINT NULL,"
                    + " customer_key VARCHAR(40) NULL, source VARCHAR(20) NOT NULL, preset VARCHAR(10) NULL) ENGINE=InnoDB");
            s.execute("CREATE TEMPORARY TABLE tmp_target (customer_id BIGINT PRIMARY KEY, seq BIGINT NOT NULL,"
                    + " source VARCHAR(20) NOT NULL, preset VARCHAR(10) NULL, reason VARCHAR(30) NULL) ENGINE=InnoDB");
        }
        for (TargetSource source : request.sources()) {
            gather(c, source);
        }
        Map<ExclusionReason, Long> excluded = new EnumMap<>(ExclusionReason.class);
        excluded.put(ExclusionReason.UNKNOWN_ID, single(c, "SELECT COUNT(*) FROM tmp_target_source WHERE customer_id IS NULL"));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO tmp_target (customer_id, seq, source, preset) SELECT customer_id, seq, source, preset"
                    + " FROM tmp_target_source WHERE customer_id IS NOT NULL ORDER BY seq");
        }
        excluded.put(ExclusionReason.DUPLICATE, single(c, "SELECT (SELECT COUNT(*) FROM tmp_target_source WHERE customer_id IS NOT NULL)"
                + " - (SELECT COUNT(*) FROM tmp_target)"));
        StringBuilder reason = new StringBuilder("CASE WHEN m.erased_at IS NOT NULL THEN 'ERASED'");
        // a campaign recorded after the fact already reached its customers: consents of today do not change who it was
        for (ConsentChannel channel : campaign.recordedAfter() ? Set.<ConsentChannel>of() : campaign.channels()) {
            // column names come from the enum, never from input
            reason.append(" WHEN NOT m.").append(channel.column()).append(" THEN 'NO_CONSENT_").append(channel.name()).append('\'');
        }
        if (!campaign.recordedAfter() && campaign.channels().contains(ConsentChannel.DM)) {
            reason.append(" WHEN m.mail_returned_at IS NOT NULL THEN 'MAIL_RETURNED'");
        }
        reason.append(" END");
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE tmp_target t JOIN member m ON m.id = t.customer_id SET t.reason = " + reason);
            try (ResultSet rs = s.executeQuery("SELECT reason, COUNT(*) FROM tmp_target WHERE reason IS NOT NULL GROUP BY reason")) {
                while (rs.next()) {
                    excluded.put(ExclusionReason.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        excluded.values().removeIf(n -> n == 0);

        try (PreparedStatement ps = c.prepareStatement("DELETE FROM campaign_target WHERE campaign_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM campaign_exclusion WHERE campaign_id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }

        boolean preset = single(c, "SELECT COUNT(*) FROM tmp_target WHERE reason IS NULL AND preset IS NULL") == 0
                && single(c, "SELECT COUNT(*) FROM tmp_target WHERE reason IS NULL") > 0;
        long[] ids;
        int[] strata;
        String[] sources;
        boolean[] control;
        int n = (int) single(c, "SELECT COUNT(*) FROM tmp_target WHERE reason IS NULL");
        ids = new long[n];
        strata = new int[n];
        sources = new String[n];
        boolean[] presetControl = new boolean[n];
        try (Statement s = c.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT t.customer_id, COALESCE(cur.r * 100 + cur.f * 10 + cur.m, 0), t.source, t.preset"
                    + " FROM tmp_target t LEFT JOIN rfm_customer_current cur ON cur.customer_id = t.customer_id"
                    + " WHERE t.reason IS NULL ORDER BY t.customer_id")) {
                int i = 0;
                while (rs.next()) {
                    ids[i] = rs.getLong(1);
                    strata[i] = rs.getInt(2);
                    sources[i] = rs.getString(3);
                    presetControl[i] = TargetGroup.CONTROL.name().equals(rs.getString(4));
                    i++;
                }
            }
        }
        control = preset ? presetControl : TargetDraw.control(ids, request.stratified() ? strata : null, request.controlRatio(), seed);
        long controls = 0;
        for (int start = 0; start < n; start += BATCH) {
            int end = Math.min(n, start + BATCH);
            StringBuilder sql = new StringBuilder("INSERT INTO campaign_target (campaign_id, customer_id, target_group, source, stratum) VALUES ");
            for (int i = start; i < end; i++) {
                sql.append(i == start ? "" : ",").append("(?,?,?,?,?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = start; i < end; i++) {
                    ps.setLong(p++, id);
                    ps.setLong(p++, ids[i]);
                    ps.setString(p++, (control[i] ? TargetGroup.CONTROL : TargetGroup.TREATMENT).name());
                    ps.setString(p++, sources[i]);
                    ps.setInt(p++, strata[i]);
                    if (control[i]) {
                        controls++;
                    }
                }
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_exclusion (campaign_id, reason, customers) VALUES (?, ?, ?)")) {
            for (Map.Entry<ExclusionReason, Long> e : excluded.entrySet()) {
                ps.setLong(1, id);
                ps.setString(2, e.getKey().name());
                ps.setLong(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        BigDecimal ratio = preset ? (n == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(controls).divide(BigDecimal.valueOf(n), 4,
                java.math.RoundingMode.HALF_UP)) : request.controlRatio();
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign SET control_ratio = ?, split_seed = ?, stratified = ?,"
                + " targets_drawn_at = ? WHERE id = ?")) {
            ps.setBigDecimal(1, ratio);
            if (preset) {
                ps.setNull(2, java.sql.Types.BIGINT);
            } else {
                ps.setLong(2, seed);
            }
            ps.setBoolean(3, !preset && request.stratified());
            ps.setTimestamp(4, Timestamp.valueOf(now));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TEMPORARY TABLE tmp_target_source");
            s.execute("DROP TEMPORARY TABLE tmp_target");
        }
        return new TargetSummary(n - controls, controls, excluded, ratio, preset ? null : seed, !preset && request.stratified(), now);
    }

    private static void gather(Connection c, TargetSource source) throws SQLException {
        if (source instanceof TargetSource.Segment seg) {
            requireRow(c, "SELECT 1 FROM segment WHERE id = ?", seg.segmentId(), "segment", "error.segment.unknown");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tmp_target_source (customer_id, source)"
                    + " SELECT customer_id, 'SEGMENT' FROM segment_member WHERE segment_id = ? ORDER BY customer_id")) {
                ps.setLong(1, seg.segmentId());
                ps.executeUpdate();
            }
        } else if (source instanceof TargetSource.RfmCells cells) {
            requireRow(c, "SELECT 1 FROM rfm_snapshot WHERE id = ?", cells.snapshotId(), "snapshot", "error.campaign.snapshotUnknown");
            if (cells.cells().isEmpty() || cells.cells().stream().anyMatch(x -> x == null || x < 111 || x > 555)) {
                throw InvalidInputException.of("cells", "error.campaign.cells");
            }
            String in = cells.cells().stream().map(x -> "?").collect(Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tmp_target_source (customer_id, source)"
                    + " SELECT customer_id, 'RFM_CELL' FROM rfm_snapshot_customer WHERE snapshot_id = ? AND cell IN (" + in + ")"
                    + " ORDER BY customer_id")) {
                ps.setLong(1, cells.snapshotId());
                int i = 2;
                for (Integer cell : cells.cells()) {
                    ps.setInt(i++, cell);
                }
                ps.executeUpdate();
            }
        } else if (source instanceof TargetSource.Responders responders) {
            requireRow(c, "SELECT 1 FROM campaign WHERE id = ?", responders.campaignId(), "responders", "error.campaign.unknown");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tmp_target_source (customer_id, source)"
                    + " SELECT t.customer_id, 'RESPONDERS' FROM campaign_target t JOIN campaign k ON k.id = t.campaign_id"
                    + " WHERE t.campaign_id = ? AND EXISTS (SELECT 1 FROM purchase_history p WHERE p.customer_id = t.customer_id"
                    + " AND p.cancelled = FALSE AND p.purchased_on BETWEEN k.start_date"
                    + " AND k.end_date + INTERVAL k.response_window_days DAY) ORDER BY t.customer_id")) {
                ps.setLong(1, responders.campaignId());
                ps.executeUpdate();
            }
        } else if (source instanceof TargetSource.CustomerList list) {
            gatherList(c, list);
        }
    }

    private static void gatherList(Connection c, TargetSource.CustomerList list) throws SQLException {
        List<String> keys = list.customerIds();
        for (int start = 0; start < keys.size(); start += BATCH) {
            int end = Math.min(keys.size(), start + BATCH);
            StringBuilder sql = new StringBuilder("INSERT INTO tmp_target_source (customer_key, source, preset) VALUES ");
            for (int i = start; i < end; i++) {
                sql.append(i == start ? "" : ",").append("(?, 'LIST', ?)");
            }
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int p = 1;
                for (int i = start; i < end; i++) {
                    ps.setString(p++, keys.get(i));
                    TargetGroup group = list.groups().get(keys.get(i));
                    ps.setString(p++, group == null ? null : group.name());
                }
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            // the id exports write: the customer number, else an imported customer's id from its file;
            // a merged customer's id leads to the customer it was merged into
            s.executeUpdate("UPDATE tmp_target_source t JOIN member m ON m.member_no = t.customer_key"
                    + " SET t.customer_id = COALESCE(m.merged_into, m.id) WHERE t.customer_key IS NOT NULL");
            s.executeUpdate("UPDATE tmp_target_source t JOIN (SELECT external_id, MIN(COALESCE(merged_into, id)) AS id FROM member"
                    + " WHERE external_id IN (SELECT customer_key FROM tmp_target_source WHERE customer_id IS NULL) GROUP BY external_id) m"
                    + " ON m.external_id = t.customer_key SET t.customer_id = m.id WHERE t.customer_id IS NULL");
        }
    }

    private static void requireRow(Connection c, String sql, long id, String field, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw InvalidInputException.of(field, key);
                }
            }
        }
    }

    static Optional<TargetSummary> summary(Connection c, long id) throws SQLException {
        BigDecimal ratio;
        Long seed;
        boolean stratified;
        LocalDateTime drawn;
        try (PreparedStatement ps = c.prepareStatement("SELECT control_ratio, split_seed, stratified, targets_drawn_at FROM campaign WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getTimestamp(4) == null) {
                    return Optional.empty();
                }
                ratio = rs.getBigDecimal(1);
                long s = rs.getLong(2);
                seed = rs.wasNull() ? null : s;
                stratified = rs.getBoolean(3);
                drawn = rs.getTimestamp(4).toLocalDateTime();
            }
        }
        long treatment = 0;
        long control = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT target_group, COUNT(*) FROM campaign_target WHERE campaign_id = ? GROUP BY target_group")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (TargetGroup.CONTROL.name().equals(rs.getString(1))) {
                        control = rs.getLong(2);
                    } else {
                        treatment = rs.getLong(2);
                    }
                }
            }
        }
        Map<ExclusionReason, Long> excluded = new EnumMap<>(ExclusionReason.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT reason, customers FROM campaign_exclusion WHERE campaign_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    excluded.put(ExclusionReason.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
        }
        return Optional.of(new TargetSummary(treatment, control, excluded, ratio, seed, stratified, drawn));
    }

    /** Every target as (customer id as exports write it, group), in customer order. */
    static void forEachTarget(Connection c, long id, BiConsumer<String, TargetGroup> target) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(m.external_id, m.member_no), t.target_group"
                + " FROM campaign_target t JOIN member m ON m.id = t.customer_id WHERE t.campaign_id = ? ORDER BY t.customer_id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setLong(1, id);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    target.accept(rs.getString(1), TargetGroup.valueOf(rs.getString(2)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- responses

    /**
     * Per group and response: customers, revenue before the campaign (a period as long as the
     * measured one, just before the start) and in the response period, from purchase_history
     * (storefront, phone and imported orders alike; cancelled ones never count). One statement.
     */
    static List<ResponseGroup> liveGroups(Connection c, CampaignView campaign) throws SQLException {
        List<ResponseGroup> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.target_group, COALESCE(r.after_amount, 0) > 0 AS responded,"
                + " COUNT(*), COALESCE(SUM(r.before_amount), 0), COALESCE(SUM(r.after_amount), 0),"
                + " COALESCE(SUM(r.after_amount * r.after_amount), 0)"
                + " FROM campaign_target t LEFT JOIN ("
                + "   SELECT p.customer_id, SUM(CASE WHEN p.purchased_on < ? THEN p.amount ELSE 0 END) AS before_amount,"
                + "          SUM(CASE WHEN p.purchased_on >= ? THEN p.amount ELSE 0 END) AS after_amount"
                + "   FROM campaign_target x JOIN purchase_history p ON p.customer_id = x.customer_id"
                + "   WHERE x.campaign_id = ? AND p.cancelled = FALSE AND p.purchased_on BETWEEN ? AND ?"
                + "   GROUP BY p.customer_id) r ON r.customer_id = t.customer_id"
                + " WHERE t.campaign_id = ? GROUP BY t.target_group, responded ORDER BY t.target_group DESC, responded DESC")) {
            Date start = Date.valueOf(campaign.startDate());
            ps.setDate(1, start);
            ps.setDate(2, start);
            ps.setLong(3, campaign.id());
            ps.setDate(4, Date.valueOf(campaign.beforeStart()));
            ps.setDate(5, Date.valueOf(campaign.responseEnd()));
            ps.setLong(6, campaign.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new ResponseGroup(TargetGroup.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getLong(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
        }
        return groups;
    }

    record Cost(BigDecimal amount, long messages) {
    }

    /** Unit cost × messages sent, over every channel project of the campaign. */
    static Cost liveCost(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(p.unit_cost), 0), COUNT(*) FROM campaign_project p"
                + " JOIN project_recipient r ON r.project_id = p.id WHERE p.campaign_id = ? AND r.sent_at IS NOT NULL")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Cost(rs.getBigDecimal(1), rs.getLong(2));
            }
        }
    }

    /**
     * Per channel project: recipients and sent from the dispatch ledger, the rest from what the
     * channel itself recorded: e-mail accepted by the SMTP server, refused, opened, clicked and
     * unsubscribed (email_message); SMS delivered and failed by the gateway's reports
     * (sms_message); DM letters posted and, of those, returned afterwards (MEM-04); calls that
     * reached the customer and wrong numbers (call_list_entry).
     */
    static List<ChannelResponse> channelResponses(Connection c, long id) throws SQLException {
        List<Object[]> projects = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.id, p.channel, p.name,"
                + " (SELECT COUNT(*) FROM project_recipient r WHERE r.project_id = p.id),"
                + " (SELECT COUNT(*) FROM project_recipient r WHERE r.project_id = p.id AND r.sent_at IS NOT NULL)"
                + " FROM campaign_project p WHERE p.campaign_id = ? ORDER BY p.id")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    projects.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)});
                }
            }
        }
        List<ChannelResponse> list = new ArrayList<>();
        for (Object[] p : projects) {
            long project = (Long) p[0];
            String channel = (String) p[1];
            String sql = switch (channel) {
                case "EMAIL" -> "SELECT SUM(status = 'SENT'), SUM(status = 'FAILED'), COUNT(opened_at), COUNT(clicked_at),"
                        + " COUNT(unsubscribed_at), 0 FROM email_message WHERE source = ?";
                case "SMS" -> "SELECT SUM(status = 'DELIVERED'), SUM(status IN ('FAILED', 'UNKNOWN_NUMBER')), 0, 0, 0, 0"
                        + " FROM sms_message WHERE source = ?";
                case "DM" -> "SELECT COUNT(b.sent_at), 0, 0, 0, 0, COUNT(CASE WHEN b.sent_at IS NOT NULL AND EXISTS"
                        + " (SELECT 1 FROM contact_history h WHERE h.member_id = i.customer_id AND h.channel = 'DM'"
                        + " AND h.outcome = 'RETURNED' AND h.contacted_at >= b.sent_at) THEN 1 END)"
                        + " FROM dm_batch b JOIN dm_batch_item i ON i.batch_id = b.id"
                        + " WHERE b.source = 'CAMPAIGN' AND b.source_ref = ?";
                case "PHONE" -> "SELECT SUM(e.result = 'REACHED'), SUM(e.result = 'WRONG_NUMBER'), 0, 0, 0, 0"
                        + " FROM call_list l JOIN call_list_entry e ON e.list_id = l.id"
                        + " WHERE l.source = 'CAMPAIGN' AND l.source_ref = ?";
                default -> throw new IllegalStateException("unknown channel " + channel);
            };
            long[] n = new long[6];
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, "P" + project);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        for (int i = 0; i < 6; i++) {
                            n[i] = rs.getLong(i + 1);
                        }
                    }
                }
            }
            list.add(new ChannelResponse(project, channel, (String) p[2], (Long) p[3], (Long) p[4], n[0], n[1], n[2], n[3],
                    n[4], n[5]));
        }
        return list;
    }

    /** Freezes the figures at close-out; a second close of the same campaign cannot happen (status check first). */
    static void freeze(Connection c, long id, List<ResponseGroup> groups, Cost cost, String by, LocalDate on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_result (campaign_id, frozen_on, frozen_by, cost, messages)"
                + " VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setDate(2, Date.valueOf(on));
            ps.setString(3, by);
            ps.setBigDecimal(4, cost.amount());
            ps.setLong(5, cost.messages());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_result_group (campaign_id, target_group, responded,"
                + " customers, revenue_before, revenue_after, revenue_after_sq) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (ResponseGroup g : groups) {
                ps.setLong(1, id);
                ps.setString(2, g.group().name());
                ps.setBoolean(3, g.responded());
                ps.setLong(4, g.customers());
                ps.setBigDecimal(5, g.revenueBefore());
                ps.setBigDecimal(6, g.revenueAfter());
                ps.setBigDecimal(7, g.revenueAfterSquares());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    record Frozen(LocalDate on, Cost cost, List<ResponseGroup> groups) {
    }

    static Optional<Frozen> frozen(Connection c, long id) throws SQLException {
        LocalDate on;
        Cost cost;
        try (PreparedStatement ps = c.prepareStatement("SELECT frozen_on, cost, messages FROM campaign_result WHERE campaign_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                on = rs.getDate(1).toLocalDate();
                cost = new Cost(rs.getBigDecimal(2), rs.getLong(3));
            }
        }
        List<ResponseGroup> groups = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT target_group, responded, customers, revenue_before, revenue_after,"
                + " revenue_after_sq FROM campaign_result_group WHERE campaign_id = ? ORDER BY target_group DESC, responded DESC")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(new ResponseGroup(TargetGroup.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getLong(3),
                            rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
        }
        return Optional.of(new Frozen(on, cost, groups));
    }

    static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String describe(TargetDrawRequest request) {
        return request.sources().stream().map(s -> {
            if (s instanceof TargetSource.Segment seg) {
                return "segment " + seg.segmentId();
            } else if (s instanceof TargetSource.RfmCells cells) {
                return "RFM " + cells.snapshotId() + " " + cells.cells();
            } else if (s instanceof TargetSource.Responders r) {
                return "responders of " + r.campaignId();
            }
            return "list of " + ((TargetSource.CustomerList) s).customerIds().size();
        }).collect(Collectors.joining(", "));
    }
}
