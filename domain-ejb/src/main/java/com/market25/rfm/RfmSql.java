package com.market25.rfm;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The RFM rule in SQL (docs/rfm.md), set-based: one {@code INSERT … SELECT} with MariaDB window
 * functions scores a whole population, never a loop over customers. Works on a plain JDBC
 * connection, so the boundary, the nightly job and the tests run the very same statements.
 */
public final class RfmSql {

    /**
     * The customer number in the tie-break of {@code NTILE(5) OVER (ORDER BY value, customer_number)}:
     * member numbers are digits, so shorter first and then byte by byte is numeric order (and a
     * total order, member_no being unique). Selected once per customer as {@code nl}, {@code nb};
     * the binary collation sorts by bytes, not by Unicode weights, which is what makes three
     * sorts of a million customers cheap.
     */
    static final String CUSTOMER_NUMBER_COLUMNS = "LENGTH(mb.member_no) AS nl, mb.member_no COLLATE utf8mb4_bin AS nb";
    static final String CUSTOMER_NUMBER = "a.nl, a.nb";

    /**
     * Memory for the three window sorts and the grouping of one statement over a million
     * customers (MariaDB's defaults, 16 MB temporary tables and a 2 MB sort buffer, send them to
     * disk); set per statement, so the pooled connection keeps its own settings.
     */
    /*
     * The purchases are grouped first and then joined to member (STRAIGHT_JOIN): left to itself,
     * MariaDB turns the grouped purchases into a LATERAL DERIVED table computed once per member
     * row (split materialization), a million index look-ups that tripled the time of a snapshot.
     */
    static final String BIG_STATEMENT = "SET STATEMENT tmp_table_size = 1073741824, max_heap_table_size = 1073741824,"
            + " sort_buffer_size = 67108864 FOR ";

    private RfmSql() {
    }

    /**
     * Scores every customer with a purchase on or before {@code referenceDate} (of the segment, when
     * given) into snapshot {@code snapshotId}, and writes its cell counts.
     *
     * @return the number of customers scored
     */
    public static long snapshot(Connection c, long snapshotId, LocalDate referenceDate, Long segmentId,
            RfmWeights weights, List<GradeBand> bands) throws SQLException {
        // highest band first: the first band the value reaches is the grade
        List<GradeBand> ordered = new ArrayList<>(bands);
        ordered.sort(Comparator.comparingInt(GradeBand::minScore).reversed());
        StringBuilder grade = new StringBuilder("CASE");
        for (int i = 0; i < ordered.size(); i++) {
            grade.append(" WHEN v.score >= ? THEN ?");
        }
        grade.append(" ELSE ? END");
        String sql = BIG_STATEMENT + "INSERT INTO rfm_snapshot_customer (snapshot_id, customer_id, recency_days, frequency, monetary,"
                + " r, f, m, cell, score, grade)"
                + " SELECT ?, v.customer_id, v.recency_days, v.frequency, v.monetary, v.r, v.f, v.m,"
                + " v.r * 100 + v.f * 10 + v.m, v.score, " + grade
                + " FROM (SELECT s.*, s.r * ? + s.f * ? + s.m * ? AS score FROM ("
                + "   SELECT a.customer_id, a.recency_days, a.frequency, a.monetary,"
                + "     NTILE(5) OVER (ORDER BY -a.recency_days, " + CUSTOMER_NUMBER + ") AS r,"
                + "     NTILE(5) OVER (ORDER BY a.frequency, " + CUSTOMER_NUMBER + ") AS f,"
                + "     NTILE(5) OVER (ORDER BY a.monetary, " + CUSTOMER_NUMBER + ") AS m"
                + "   FROM (SELECT g.*, " + CUSTOMER_NUMBER_COLUMNS + " FROM"
                + "        (SELECT p.customer_id, DATEDIFF(?, MAX(p.purchased_on)) AS recency_days,"
                + "           COUNT(*) AS frequency, SUM(p.amount) AS monetary"
                + "         FROM purchase_history p FORCE INDEX (" + purchaseIndexFor(c, referenceDate) + ")"
                + "         WHERE p.purchased_on <= ? AND p.cancelled = FALSE"
                + (segmentId == null ? ""
                        : " AND p.customer_id IN (SELECT sm.customer_id FROM segment_member sm WHERE sm.segment_id = ?)")
                + "         GROUP BY p.customer_id) g"
                + "   STRAIGHT_JOIN member mb ON mb.id = g.customer_id) a) s) v";
        long scored;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, snapshotId);
            for (GradeBand band : ordered) {
                ps.setInt(i++, band.minScore());
                ps.setString(i++, band.code());
            }
            // below every band (only when the lowest band starts above the lowest value)
            ps.setString(i++, ordered.isEmpty() ? "-" : ordered.get(ordered.size() - 1).code());
            ps.setInt(i++, weights.r());
            ps.setInt(i++, weights.f());
            ps.setInt(i++, weights.m());
            ps.setDate(i++, Date.valueOf(referenceDate));
            ps.setDate(i++, Date.valueOf(referenceDate));
            if (segmentId != null) {
                ps.setLong(i, segmentId);
            }
            scored = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfm_snapshot_cell (snapshot_id, cell, customers, monetary, grade)"
                + " SELECT snapshot_id, cell, COUNT(*), SUM(monetary), MIN(grade) FROM rfm_snapshot_customer"
                + " WHERE snapshot_id = ? GROUP BY snapshot_id, cell")) {
            ps.setLong(1, snapshotId);
            ps.executeUpdate();
        }
        return scored;
    }

    /**
     * Which covering index a snapshot reads purchases by. A reference date in the later half of
     * the history takes most purchases: walking ix_purchase_customer groups them in customer
     * order with no sort (MariaDB's own estimate stops at half the table and then picks the date
     * index, a sort of everything: a fifth slower on 10,000,000 purchases). An early date takes a
     * few: ix_purchase_date reads only them (a CDNOW-sized snapshot next to 10,000,000 later
     * purchases: 1.5 s by the customer index, 0.3 s by the date index). Both ends of the history
     * come from ix_purchase_date at once.
     */
    static String purchaseIndexFor(Connection c, LocalDate referenceDate) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(purchased_on), MAX(purchased_on) FROM purchase_history");
                ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getDate(1) == null) {
                return "ix_purchase_customer";
            }
            long first = rs.getDate(1).toLocalDate().toEpochDay();
            long last = rs.getDate(2).toLocalDate().toEpochDay();
            return referenceDate.toEpochDay() >= first + (last - first) / 2 ? "ix_purchase_customer" : "ix_purchase_date";
        }
    }

    /** The 125 cells of a snapshot (empty cells absent), by cell. */
    public static List<CellCount> cells(Connection c, long snapshotId) throws SQLException {
        List<CellCount> cells = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT cell, customers, monetary, grade FROM rfm_snapshot_cell"
                + " WHERE snapshot_id = ? ORDER BY cell")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.add(new CellCount(rs.getInt(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4)));
                }
            }
        }
        return cells;
    }

    /**
     * From-cell → to-cell counts between two snapshots, with {@link MigrationFlow#NOT_SCORED} for a
     * customer scored in only one of them, so each row sums to the earlier snapshot's cell and
     * each column to the later one's.
     */
    public static List<MigrationFlow> migration(Connection c, long from, long to) throws SQLException {
        String sql = "SELECT a.cell, COALESCE(b.cell, 0), COUNT(*) FROM rfm_snapshot_customer a"
                + " LEFT JOIN rfm_snapshot_customer b ON b.snapshot_id = ? AND b.customer_id = a.customer_id"
                + " WHERE a.snapshot_id = ? GROUP BY a.cell, COALESCE(b.cell, 0)"
                + " UNION ALL"
                + " SELECT 0, b.cell, COUNT(*) FROM rfm_snapshot_customer b"
                + " WHERE b.snapshot_id = ? AND NOT EXISTS (SELECT 1 FROM rfm_snapshot_customer a"
                + "   WHERE a.snapshot_id = ? AND a.customer_id = b.customer_id) GROUP BY b.cell";
        List<MigrationFlow> flows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, to);
            ps.setLong(2, from);
            ps.setLong(3, to);
            ps.setLong(4, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    flows.add(new MigrationFlow(rs.getInt(1), rs.getInt(2), rs.getLong(3)));
                }
            }
        }
        flows.sort(Comparator.comparingInt(MigrationFlow::fromCell).thenComparingInt(MigrationFlow::toCell));
        return flows;
    }

    /**
     * Recomputes one customer's current R/F/M from their purchase history (MKT-13) and places them
     * in the cells of the last nightly run; a customer with nothing left (all cancelled) is removed.
     * Reads only that customer's rows, through {@code ix_purchase_customer}.
     */
    public static void refreshCustomer(Connection c, long customerId) throws SQLException {
        String sql = "INSERT INTO rfm_customer_current (customer_id, first_purchase, last_purchase, frequency, monetary,"
                + " r, f, m, updated_at)"
                + " SELECT a.customer_id, a.first_p, a.last_p, a.freq, a.mon,"
                + "  COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'R' AND b.lower_date <= a.last_p), 1),"
                + "  COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'F' AND b.lower_bound <= a.freq), 1),"
                + "  COALESCE((SELECT MAX(b.score) FROM rfm_boundary b WHERE b.dimension = 'M' AND b.lower_bound <= a.mon), 1),"
                + "  NOW(3)"
                + " FROM (SELECT ? AS customer_id, MIN(purchased_on) AS first_p, MAX(purchased_on) AS last_p,"
                + "        COUNT(*) AS freq, SUM(amount) AS mon"
                + "      FROM purchase_history WHERE customer_id = ? AND cancelled = FALSE) a"
                + " WHERE a.freq > 0"
                + " ON DUPLICATE KEY UPDATE first_purchase = VALUES(first_purchase), last_purchase = VALUES(last_purchase),"
                + "  frequency = VALUES(frequency), monetary = VALUES(monetary), r = VALUES(r), f = VALUES(f),"
                + "  m = VALUES(m), updated_at = VALUES(updated_at)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, customerId);
            ps.setLong(2, customerId);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rfm_customer_current WHERE customer_id = ?")) {
            ps.setLong(1, customerId);
            ps.executeUpdate();
        }
    }

    /**
     * The nightly job's work: every customer's current R/F/M again from purchase_history (which
     * also brings in imported purchases), scored exactly by the NTILE rule as of {@code today},
     * then the lowest value of each score kept as the boundaries new purchases are placed by.
     *
     * @return the number of customers with a current score
     */
    public static long rebuildCurrent(Connection c, LocalDate today) throws SQLException {
        // -recency ordered ascending is the last purchase date ascending: the same order
        String sql = BIG_STATEMENT + "INSERT INTO rfm_customer_current (customer_id, first_purchase, last_purchase,"
                + " frequency, monetary, r, f, m, updated_at)"
                + " SELECT a.customer_id, a.first_p, a.last_p, a.freq, a.mon,"
                + "  NTILE(5) OVER (ORDER BY a.last_p, " + CUSTOMER_NUMBER + "),"
                + "  NTILE(5) OVER (ORDER BY a.freq, " + CUSTOMER_NUMBER + "),"
                + "  NTILE(5) OVER (ORDER BY a.mon, " + CUSTOMER_NUMBER + "),"
                + "  NOW(3)"
                + " FROM (SELECT g.*, " + CUSTOMER_NUMBER_COLUMNS + " FROM"
                + "      (SELECT customer_id, MIN(purchased_on) AS first_p, MAX(purchased_on) AS last_p,"
                + "        COUNT(*) AS freq, SUM(amount) AS mon"
                + "      FROM purchase_history FORCE INDEX (ix_purchase_customer)"
                + "      WHERE cancelled = FALSE AND purchased_on <= ? GROUP BY customer_id) g"
                + "      STRAIGHT_JOIN member mb ON mb.id = g.customer_id) a"
                + " ON DUPLICATE KEY UPDATE first_purchase = VALUES(first_purchase), last_purchase = VALUES(last_purchase),"
                + "  frequency = VALUES(frequency), monetary = VALUES(monetary), r = VALUES(r), f = VALUES(f),"
                + "  m = VALUES(m), updated_at = VALUES(updated_at)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(today));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rfm_customer_current WHERE NOT EXISTS"
                + " (SELECT 1 FROM purchase_history p WHERE p.customer_id = rfm_customer_current.customer_id"
                + "  AND p.cancelled = FALSE AND p.purchased_on <= ?)")) {
            ps.setDate(1, Date.valueOf(today));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rfm_boundary")) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfm_boundary (dimension, score, lower_bound, lower_date, computed_on)"
                + " SELECT 'R', r, NULL, MIN(last_purchase), ? FROM rfm_customer_current WHERE r > 1 GROUP BY r"
                + " UNION ALL SELECT 'F', f, MIN(frequency), NULL, ? FROM rfm_customer_current WHERE f > 1 GROUP BY f"
                + " UNION ALL SELECT 'M', m, MIN(monetary), NULL, ? FROM rfm_customer_current WHERE m > 1 GROUP BY m")) {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            ps.setDate(3, Date.valueOf(today));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rfm_customer_current");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The total a snapshot's customers spent. */
    static BigDecimal monetaryTotal(Connection c, long snapshotId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(SUM(monetary), 0), COUNT(*) FROM rfm_snapshot_cell"
                + " WHERE snapshot_id = ?")) {
            ps.setLong(1, snapshotId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
