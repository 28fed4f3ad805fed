package com.market25.segment;

import com.market25.customer.FieldDefinitions;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Segments in SQL on a plain connection: save, evaluate (members written by one INSERT … SELECT),
 * count, read. Used by {@link SegmentDesk} and the nightly job.
 */
public final class SegmentStore {

    private static final String VIEW = "SELECT id, name, owner, origin, rule_json, created_at, evaluated_at, member_count"
            + " FROM segment";

    private SegmentStore() {
    }

    /**
     * The rule's WHERE condition, with the user-defined fields it names as defined now (inactive
     * ones too: a saved segment keeps working after its field is switched off).
     */
    public static SegmentSql.Where where(Connection c, SegmentRule rule, LocalDate today) throws SQLException {
        UserFields userFields = rule != null && rule.namesUserField()
                ? UserFields.of(FieldDefinitions.read(c, false)) : UserFields.NONE;
        return SegmentSql.where(rule, today, userFields);
    }

    /** How many customers the rule picks now. */
    public static long count(Connection c, SegmentRule rule, LocalDate today) throws SQLException {
        SegmentSql.Where where = where(c, rule, today);
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM member m WHERE " + where.sql())) {
            bind(ps, 1, where.parameters());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public static long insert(Connection c, String name, String owner, SegmentOrigin origin, SegmentRule rule,
            LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment (name, owner, rule_json, origin, created_at)"
                + " VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, owner);
            ps.setString(3, RuleJson.write(rule));
            ps.setString(4, origin.name());
            ps.setTimestamp(5, Timestamp.valueOf(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Works out the segment's members again as of now and records the evaluation with its date.
     * The segment's row is locked first, so two evaluations of one segment follow each other.
     *
     * @return the number of members
     */
    public static long evaluate(Connection c, long segmentId, EvaluationTrigger trigger, String by, LocalDateTime now)
            throws SQLException {
        long started = System.nanoTime();
        SegmentRule rule;
        try (PreparedStatement ps = c.prepareStatement("SELECT rule_json FROM segment WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, segmentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no segment " + segmentId);
                }
                rule = RuleJson.parse(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM segment_member WHERE segment_id = ?")) {
            ps.setLong(1, segmentId);
            ps.executeUpdate();
        }
        SegmentSql.Where where = where(c, rule, now.toLocalDate());
        long members;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_member (segment_id, customer_id)"
                + " SELECT ?, m.id FROM member m WHERE " + where.sql())) {
            ps.setLong(1, segmentId);
            bind(ps, 2, where.parameters());
            members = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE segment SET evaluated_at = ?, member_count = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.valueOf(now));
            ps.setLong(2, members);
            ps.setLong(3, segmentId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO segment_evaluation"
                + " (segment_id, evaluated_at, member_count, trigger_kind, evaluated_by, duration_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, segmentId);
            ps.setTimestamp(2, Timestamp.valueOf(now));
            ps.setLong(3, members);
            ps.setString(4, trigger.name());
            ps.setString(5, by);
            ps.setLong(6, (System.nanoTime() - started) / 1_000_000);
            ps.executeUpdate();
        }
        return members;
    }

    public static List<Long> ids(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM segment ORDER BY id");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    public static Optional<SegmentView> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(view(rs)) : Optional.empty();
            }
        }
    }

    public static List<SegmentView> list(Connection c, int limit) throws SQLException {
        List<SegmentView> views = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VIEW + " ORDER BY id DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
        }
        return views;
    }

    /** The members' customer ids (the imported id where there is one, else the member number), streamed. */
    public static void forEachMember(Connection c, long segmentId, Consumer<String> customerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(m.external_id, m.member_no) FROM segment_member s"
                + " JOIN member m ON m.id = s.customer_id WHERE s.segment_id = ? ORDER BY s.customer_id")) {
            ps.setLong(1, segmentId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    customerId.accept(rs.getString(1));
                }
            }
        }
    }

    private static SegmentView view(ResultSet rs) throws SQLException {
        Timestamp evaluated = rs.getTimestamp(7);
        return new SegmentView(rs.getLong(1), rs.getString(2), rs.getString(3), SegmentOrigin.valueOf(rs.getString(4)),
                RuleJson.parse(rs.getString(5)), rs.getTimestamp(6).toLocalDateTime(),
                evaluated == null ? null : evaluated.toLocalDateTime(), rs.getLong(8));
    }

    static void bind(PreparedStatement ps, int first, List<Object> parameters) throws SQLException {
        int i = first;
        for (Object p : parameters) {
            if (p instanceof Date d) {
                ps.setDate(i++, d);
            } else {
                ps.setObject(i++, p);
            }
        }
    }
}
