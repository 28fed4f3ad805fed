package com.market25.campaign;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trigger rules in SQL (MKT-09). A rule fires by one {@code INSERT IGNORE … SELECT} of its
 * candidates into trigger_firing, whose key (rule, customer, period) keeps a second run, the
 * event and the nightly run from firing twice; the rows of one run (run_id) then get the action.
 * Events that happened before the rule was made do not fire it (a new "first purchase" rule does
 * not greet every customer the shop ever had).
 */
final class TriggerStore {

    private static final String VIEW = "SELECT id, name, event, days, action, campaign_id, template_id, active, created_by,"
            + " created_at FROM trigger_rule";

    private TriggerStore() {
    }

    static long insert(Connection c, TriggerRule rule, String by, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trigger_rule (name, event, days, action, campaign_id, template_id,"
                + " active, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, rule.name().trim());
            ps.setString(2, rule.event().name());
            setNullable(ps, 3, rule.days() == null ? null : rule.days().longValue());
            ps.setString(4, rule.action().name());
            setNullable(ps, 5, rule.campaignId());
            setNullable(ps, 6, rule.templateId());
            ps.setString(7, by);
            ps.setTimestamp(8, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void setNullable(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    static void setActive(Connection c, long id, boolean active) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trigger_rule SET active = ? WHERE id = ?")) {
            ps.setBoolean(1, active);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static List<TriggerRule> rules(Connection c, boolean activeOnly) throws SQLException {
        List<TriggerRule> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VIEW + (activeOnly ? " WHERE active" : "") + " ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(view(rs));
            }
        }
        return list;
    }

    static java.util.Optional<TriggerRule> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(view(rs)) : java.util.Optional.empty();
            }
        }
    }

    private static TriggerRule view(ResultSet rs) throws SQLException {
        int days = rs.getInt(4);
        Integer d = rs.wasNull() ? null : days;
        long campaign = rs.getLong(6);
        Long campaignId = rs.wasNull() ? null : campaign;
        long template = rs.getLong(7);
        Long templateId = rs.wasNull() ? null : template;
        return new TriggerRule(rs.getLong(1), rs.getString(2), TriggerEvent.valueOf(rs.getString(3)), d,
                TriggerAction.valueOf(rs.getString(5)), campaignId, templateId, rs.getBoolean(8), rs.getString(9),
                rs.getTimestamp(10).toLocalDateTime());
    }

    /**
     * Fires the rule for its customers as of {@code today} (only {@code onlyCustomer} when given)
     * and returns how many firings are new.
     */
    static int fire(Connection c, TriggerRule rule, LocalDate today, Long onlyCustomer, String runId, LocalDateTime now)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String candidates;
        LocalDate since = rule.createdAt().toLocalDate();
        switch (rule.event()) {
            case FIRST_PURCHASE -> {
                candidates = "SELECT cur.customer_id, 'ONCE' AS period_key FROM rfm_customer_current cur WHERE cur.first_purchase >= ?";
                params.add(Date.valueOf(since));
            }
            case LAPSED -> {
                candidates = "SELECT cur.customer_id, DATE_FORMAT(cur.last_purchase, '%Y-%m-%d') AS period_key"
                        + " FROM rfm_customer_current cur WHERE cur.last_purchase <= ? AND cur.last_purchase >= ?";
                params.add(Date.valueOf(today.minusDays(rule.days())));
                params.add(Date.valueOf(since.minusDays(rule.days())));
            }
            case BIRTHDAY -> {
                LocalDate day = today.plusDays(rule.days());
                candidates = "SELECT mb.id AS customer_id, '" + day.getYear() + "' AS period_key FROM member mb"
                        + " WHERE mb.birth_date IS NOT NULL AND MONTH(mb.birth_date) = ? AND DAY(mb.birth_date) = ?";
                params.add(day.getMonthValue());
                params.add(day.getDayOfMonth());
            }
            case GRADE_CHANGE -> {
                candidates = "SELECT g.customer_id, '" + today + "' AS period_key FROM tmp_grade_now g"
                        + " JOIN trigger_grade_seen s ON s.customer_id = g.customer_id WHERE s.grade <> g.grade";
            }
            default -> throw new IllegalStateException(rule.event().name());
        }
        String sql = "INSERT IGNORE INTO trigger_firing (rule_id, customer_id, period_key, fired_at, run_id)"
                + " SELECT ?, x.customer_id, x.period_key, ?, ? FROM (" + candidates + ") x"
                + " JOIN member m ON m.id = x.customer_id AND m.erased_at IS NULL AND m.merged_into IS NULL"
                + (onlyCustomer == null ? "" : " WHERE x.customer_id = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, rule.id());
            ps.setTimestamp(i++, Timestamp.valueOf(now));
            ps.setString(i++, runId);
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            if (onlyCustomer != null) {
                ps.setLong(i, onlyCustomer);
            }
            return ps.executeUpdate();
        }
    }

    /**
     * Every scored customer's grade now (weights and bands as the admin set them) into a temporary
     * table, for GRADE_CHANGE rules; {@link #rememberGrades} then keeps it as the grade seen.
     */
    static void gradesNow(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TEMPORARY TABLE IF EXISTS tmp_grade_now");
            s.execute("CREATE TEMPORARY TABLE tmp_grade_now (customer_id BIGINT PRIMARY KEY, grade VARCHAR(20) NULL) ENGINE=InnoDB");
            s.executeUpdate("INSERT INTO tmp_grade_now (customer_id, grade)"
                    + " SELECT cur.customer_id, (SELECT g.code FROM rfm_grade g"
                    + "   WHERE g.min_score <= cur.r * st.weight_r + cur.f * st.weight_f + cur.m * st.weight_m"
                    + "   ORDER BY g.min_score DESC LIMIT 1)"
                    + " FROM rfm_customer_current cur JOIN rfm_setting st ON st.id = 1"
                    + " WHERE cur.r IS NOT NULL AND cur.f IS NOT NULL AND cur.m IS NOT NULL");
            s.executeUpdate("DELETE FROM tmp_grade_now WHERE grade IS NULL");
        }
    }

    static void rememberGrades(Connection c, LocalDate today) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO trigger_grade_seen (customer_id, grade, seen_on)"
                + " SELECT customer_id, grade, ? FROM tmp_grade_now"
                + " ON DUPLICATE KEY UPDATE seen_on = VALUES(seen_on), grade = VALUES(grade)")) {
            ps.setDate(1, Date.valueOf(today));
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP TEMPORARY TABLE IF EXISTS tmp_grade_now");
        }
    }

    /**
     * ADD_TO_CAMPAIGN: the run's customers join the campaign's targets while it is not closed,
     * each drawn into control at the campaign's ratio by a hash of its seed and the customer, so
     * the same customer always lands in the same group. Returns how many were added.
     */
    static int addToCampaign(Connection c, TriggerRule rule, String runId) throws SQLException {
        int added;
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO campaign_target (campaign_id, customer_id, target_group,"
                + " source, stratum) SELECT k.id, f.customer_id,"
                + " CASE WHEN MOD(CRC32(CONCAT(COALESCE(k.split_seed, k.id), ':', f.customer_id)), 10000)"
                + "   < COALESCE(k.control_ratio, 0) * 10000 THEN 'CONTROL' ELSE 'TREATMENT' END, 'TRIGGER', NULL"
                + " FROM trigger_firing f JOIN campaign k ON k.id = ? AND k.status IN ('DRAFT', 'APPROVED', 'RUNNING')"
                + " WHERE f.rule_id = ? AND f.run_id = ?")) {
            ps.setLong(1, rule.campaignId());
            ps.setLong(2, rule.id());
            ps.setString(3, runId);
            added = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE trigger_firing f LEFT JOIN campaign_target t"
                + " ON t.campaign_id = ? AND t.customer_id = f.customer_id"
                + " SET f.outcome = COALESCE(CONCAT('TARGET_', t.target_group), 'CAMPAIGN_CLOSED')"
                + " WHERE f.rule_id = ? AND f.run_id = ?")) {
            ps.setLong(1, rule.campaignId());
            ps.setLong(2, rule.id());
            ps.setString(3, runId);
            ps.executeUpdate();
        }
        return added;
    }

    /** The run's firings of a rule: customer → period key. */
    static Map<Long, String> firedIn(Connection c, long ruleId, String runId) throws SQLException {
        Map<Long, String> fired = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT customer_id, period_key FROM trigger_firing"
                + " WHERE rule_id = ? AND run_id = ? ORDER BY customer_id")) {
            ps.setLong(1, ruleId);
            ps.setString(2, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    fired.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return fired;
    }

    static void outcome(Connection c, long ruleId, String runId, Map<Long, String> outcomes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trigger_firing SET outcome = ? WHERE rule_id = ? AND run_id = ?"
                + " AND customer_id = ?")) {
            for (Map.Entry<Long, String> e : outcomes.entrySet()) {
                ps.setString(1, e.getValue());
                ps.setLong(2, ruleId);
                ps.setString(3, runId);
                ps.setLong(4, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void outcomeAll(Connection c, long ruleId, String runId, String outcome) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trigger_firing SET outcome = ? WHERE rule_id = ? AND run_id = ?")) {
            ps.setString(1, outcome);
            ps.setLong(2, ruleId);
            ps.setString(3, runId);
            ps.executeUpdate();
        }
    }

    /** The notification list: the newest firings first. */
    static List<TriggerFiring> firings(Connection c, int first, int size) throws SQLException {
        List<TriggerFiring> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT f.rule_id, r.name, f.customer_id, m.member_no, m.name, f.period_key,"
                + " f.fired_at, f.outcome FROM trigger_firing f JOIN trigger_rule r ON r.id = f.rule_id"
                + " JOIN member m ON m.id = f.customer_id ORDER BY f.fired_at DESC, f.customer_id DESC, f.rule_id LIMIT ? OFFSET ?")) {
            ps.setInt(1, size);
            ps.setInt(2, first);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new TriggerFiring(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toLocalDateTime(), rs.getString(8)));
                }
            }
        }
        return list;
    }

    static long firingCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM trigger_firing")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
