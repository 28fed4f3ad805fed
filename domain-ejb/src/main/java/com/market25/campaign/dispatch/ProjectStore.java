package com.market25.campaign.dispatch;

import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.SendOutcome;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Channel projects and their recipient ledger (campaign_project, project_recipient; V61) in SQL. */
final class ProjectStore {

    private static final String VIEW = "SELECT p.id, p.campaign_id, p.channel, p.name, p.template_id, p.unit_cost,"
            + " p.throttle_per_minute, p.status, p.recipients,"
            + " (SELECT COUNT(*) FROM project_recipient r WHERE r.project_id = p.id AND r.status = 'PENDING'),"
            + " (SELECT COUNT(*) FROM project_recipient r WHERE r.project_id = p.id AND r.status = 'SENT'),"
            + " (SELECT COUNT(*) FROM project_recipient r WHERE r.project_id = p.id AND r.status = 'SKIPPED'),"
            + " p.created_by, p.created_at, p.send_at FROM campaign_project p";

    private ProjectStore() {
    }

    static long insert(Connection c, long campaignId, MessageChannel channel, String name, long templateId, BigDecimal unitCost,
            Integer throttle, LocalDateTime sendAt, String by, LocalDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO campaign_project (campaign_id, channel, name, template_id, unit_cost,"
                + " throttle_per_minute, status, created_by, created_at, updated_at, send_at) VALUES (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, campaignId);
            ps.setString(2, channel.name());
            ps.setString(3, name);
            ps.setLong(4, templateId);
            ps.setBigDecimal(5, unitCost);
            if (throttle == null) {
                ps.setNull(6, Types.INTEGER);
            } else {
                ps.setInt(6, throttle);
            }
            ps.setString(7, by);
            ps.setTimestamp(8, Timestamp.valueOf(now));
            ps.setTimestamp(9, Timestamp.valueOf(now));
            ps.setTimestamp(10, sendAt == null ? null : Timestamp.valueOf(sendAt));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Optional<ProjectView> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE p.id = ?")) {
            ps.setLong(1, id);
            List<ProjectView> list = views(ps);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        }
    }

    static List<ProjectView> ofCampaign(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(VIEW + " WHERE p.campaign_id = ? ORDER BY p.id")) {
            ps.setLong(1, campaignId);
            return views(ps);
        }
    }

    private static List<ProjectView> views(PreparedStatement ps) throws SQLException {
        List<ProjectView> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long template = rs.getLong(5);
                Long templateId = rs.wasNull() ? null : template;
                int throttle = rs.getInt(7);
                Integer perMinute = rs.wasNull() ? null : throttle;
                Timestamp sendAt = rs.getTimestamp(15);
                list.add(new ProjectView(rs.getLong(1), rs.getLong(2), MessageChannel.valueOf(rs.getString(3)), rs.getString(4),
                        templateId, rs.getBigDecimal(6), perMinute, sendAt == null ? null : sendAt.toLocalDateTime(),
                        ProjectStatus.valueOf(rs.getString(8)), rs.getLong(9),
                        rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getString(13), rs.getTimestamp(14).toLocalDateTime()));
            }
        }
        return list;
    }

    /** Moves the status on if it is one of {@code from}; {@code false} when it was not. */
    static boolean move(Connection c, long id, ProjectStatus to, ProjectStatus... from) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (ProjectStatus f : from) {
            in.append(in.length() == 0 ? "'" : ",'").append(f.name()).append('\'');
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_project SET status = ?, updated_at = NOW(3)"
                + " WHERE id = ? AND status IN (" + in + ")")) {
            ps.setString(1, to.name());
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** One ledger row per treated target, written once (a second dispatch adds nobody twice). */
    static int writeRecipients(Connection c, long projectId, long campaignId) throws SQLException {
        int added;
        try (PreparedStatement ps = c.prepareStatement("INSERT IGNORE INTO project_recipient (project_id, customer_id, status)"
                + " SELECT ?, customer_id, 'PENDING' FROM campaign_target WHERE campaign_id = ? AND target_group = 'TREATMENT'")) {
            ps.setLong(1, projectId);
            ps.setLong(2, campaignId);
            added = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_project SET recipients ="
                + " (SELECT COUNT(*) FROM project_recipient WHERE project_id = ?) WHERE id = ?")) {
            ps.setLong(1, projectId);
            ps.setLong(2, projectId);
            ps.executeUpdate();
        }
        return added;
    }

    static List<Long> pending(Connection c, long projectId, List<Long> among) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT customer_id FROM project_recipient WHERE project_id = ? AND status = 'PENDING'");
        if (among != null) {
            if (among.isEmpty()) {
                return List.of();
            }
            sql.append(" AND customer_id IN (");
            for (int i = 0; i < among.size(); i++) {
                sql.append(i == 0 ? "?" : ",?");
            }
            sql.append(')');
        }
        sql.append(" ORDER BY customer_id");
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setLong(1, projectId);
            if (among != null) {
                for (int i = 0; i < among.size(); i++) {
                    ps.setLong(i + 2, among.get(i));
                }
            }
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Records what the channel did, only on rows still PENDING: QUEUED and ALREADY_QUEUED are
     * sent (the channel has the message exactly once), the rest skipped with the reason.
     */
    static void record(Connection c, long projectId, Map<Long, SendOutcome> outcomes, LocalDateTime now) throws SQLException {
        // one statement per outcome (a batch of 500 has two or three), not one per customer
        Map<SendOutcome, List<Long>> byOutcome = new java.util.EnumMap<>(SendOutcome.class);
        outcomes.forEach((customer, outcome) -> byOutcome.computeIfAbsent(outcome, o -> new ArrayList<>()).add(customer));
        for (Map.Entry<SendOutcome, List<Long>> e : byOutcome.entrySet()) {
            // a DM or phone project records all its customers at once: at most 1,000 to a statement
            for (int from = 0; from < e.getValue().size(); from += 1_000) {
                recordOutcome(c, projectId, e.getKey(), e.getValue().subList(from, Math.min(e.getValue().size(), from + 1_000)),
                        now);
            }
        }
    }

    private static void recordOutcome(Connection c, long projectId, SendOutcome outcome, List<Long> customers,
            LocalDateTime now) throws SQLException {
        boolean sent = outcome == SendOutcome.QUEUED || outcome == SendOutcome.ALREADY_QUEUED;
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < customers.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE project_recipient SET status = ?, queued_at = ?, sent_at = ?,"
                + " detail = ? WHERE project_id = ? AND status = 'PENDING' AND customer_id IN (" + in + ")")) {
            ps.setString(1, (sent ? RecipientStatus.SENT : RecipientStatus.SKIPPED).name());
            ps.setTimestamp(2, Timestamp.valueOf(now));
            if (sent) {
                ps.setTimestamp(3, Timestamp.valueOf(now));
            } else {
                ps.setNull(3, Types.TIMESTAMP);
            }
            ps.setString(4, outcome.name());
            ps.setLong(5, projectId);
            for (int i = 0; i < customers.size(); i++) {
                ps.setLong(i + 6, customers.get(i));
            }
            ps.executeUpdate();
        }
    }

    /** DISPATCHING → DONE once nothing is pending. */
    static void finishIfDone(Connection c, long projectId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE campaign_project SET status = 'DONE', updated_at = NOW(3)"
                + " WHERE id = ? AND status = 'DISPATCHING' AND NOT EXISTS (SELECT 1 FROM project_recipient"
                + " WHERE project_id = ? AND status = 'PENDING')")) {
            ps.setLong(1, projectId);
            ps.setLong(2, projectId);
            ps.executeUpdate();
        }
    }
}
