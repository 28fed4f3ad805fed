package com.market25.rfm;

import com.market25.common.InvalidInputException;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.segment.RuleCondition;
import com.market25.segment.SegmentDesk;
import com.market25.segment.SegmentField;
import com.market25.segment.SegmentOrigin;
import com.market25.segment.SegmentView;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * RFM (MKT-01): snapshots by the fixed rule of docs/rfm.md for a reference date over all customers
 * or one saved segment, kept with their date, weights and grades; their 5×5×5 cross-tab, the
 * migration between two snapshots (RFM Quick Scan), the export, and a cell's customers as a saved
 * segment. Marketing and administrators act; 조회전용 may look.
 *
 * <p>Snapshots are written set-based in their own READ COMMITTED transaction ({@link LocalJdbc}),
 * so a large one never holds locks that storefront payments would wait for.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RfmDesk {

    private static final String SNAPSHOT_VIEW = "SELECT s.id, s.reference_date, s.segment_id, g.name, s.customers,"
            + " (SELECT COUNT(*) FROM rfm_snapshot_cell c WHERE c.snapshot_id = s.id), s.monetary_total,"
            + " s.weight_r, s.weight_f, s.weight_m, s.created_by, s.created_at, s.duration_ms"
            + " FROM rfm_snapshot s LEFT JOIN segment g ON g.id = s.segment_id";

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource
    private SessionContext context;

    @EJB
    private SegmentDesk segments;

    /**
     * Scores every customer with a purchase on or before {@code referenceDate} (of the segment,
     * when one is given) and keeps the snapshot.
     *
     * @throws InvalidInputException {@code referenceDate} / {@code error.rfm.date} (missing or after
     *         today), {@code segment} / {@code error.segment.unknown}
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SnapshotView takeSnapshot(LocalDate referenceDate, Long segmentId) {
        if (referenceDate == null || referenceDate.isAfter(LocalDate.now())) {
            throw InvalidInputException.of("referenceDate", "error.rfm.date");
        }
        if (segmentId != null && segments.find(segmentId).isEmpty()) {
            throw InvalidInputException.of("segment", "error.segment.unknown");
        }
        String by = context.getCallerPrincipal().getName();
        long id = LocalJdbc.readCommitted(db, c -> {
            long started = System.nanoTime();
            RfmWeights weights = weights(c);
            List<GradeBand> bands = grades(c);
            long snapshotId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfm_snapshot (reference_date, segment_id,"
                    + " weight_r, weight_f, weight_m, customers, monetary_total, created_by, created_at, duration_ms)"
                    + " VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setDate(1, Date.valueOf(referenceDate));
                ps.setObject(2, segmentId);
                ps.setInt(3, weights.r());
                ps.setInt(4, weights.f());
                ps.setInt(5, weights.m());
                ps.setString(6, by);
                ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    snapshotId = keys.getLong(1);
                }
            }
            long customers = RfmSql.snapshot(c, snapshotId, referenceDate, segmentId, weights, bands);
            try (PreparedStatement ps = c.prepareStatement("UPDATE rfm_snapshot SET customers = ?, monetary_total = ?,"
                    + " duration_ms = ? WHERE id = ?")) {
                ps.setLong(1, customers);
                ps.setBigDecimal(2, RfmSql.monetaryTotal(c, snapshotId));
                ps.setLong(3, (System.nanoTime() - started) / 1_000_000);
                ps.setLong(4, snapshotId);
                ps.executeUpdate();
            }
            return snapshotId;
        });
        return snapshot(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<SnapshotView> snapshots() {
        return LocalJdbc.readCommitted(db, c -> {
            List<SnapshotView> views = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SNAPSHOT_VIEW + " ORDER BY s.reference_date DESC, s.id DESC LIMIT 500");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    views.add(view(rs));
                }
            }
            return views;
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<SnapshotView> snapshot(long id) {
        return LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(SNAPSHOT_VIEW + " WHERE s.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(view(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The snapshot's non-empty cells with customers and revenue (the cross-tab). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CellCount> cells(long snapshotId) {
        requireSnapshot(snapshotId, "snapshot");
        return LocalJdbc.readCommitted(db, c -> RfmSql.cells(c, snapshotId));
    }

    /** Customers from each cell of {@code from} to each cell of {@code to} (RFM Quick Scan). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<MigrationFlow> migration(long from, long to) {
        requireSnapshot(from, "from");
        requireSnapshot(to, "to");
        return LocalJdbc.readCommitted(db, c -> RfmSql.migration(c, from, to));
    }

    /** The snapshot's customers for the export, streamed in customer order. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void forEachCustomer(long snapshotId, Consumer<SnapshotCustomer> line) {
        requireSnapshot(snapshotId, "snapshot");
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(m.external_id, m.member_no), s.recency_days,"
                    + " s.frequency, s.monetary, s.r, s.f, s.m FROM rfm_snapshot_customer s JOIN member m ON m.id = s.customer_id"
                    + " WHERE s.snapshot_id = ? ORDER BY s.customer_id")) {
                ps.setLong(1, snapshotId);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        line.accept(new SnapshotCustomer(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7)));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Saves the customers of the given cells of a snapshot as a segment (a click on the cross-tab).
     *
     * @throws InvalidInputException {@code cells} / {@code error.rfm.cells} for no cell or a code that is no cell
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SegmentView segmentOfCells(long snapshotId, List<Integer> cells, String name) {
        SnapshotView snapshot = requireSnapshot(snapshotId, "snapshot");
        if (cells == null || cells.isEmpty() || !cells.stream().allMatch(RfmDesk::isCell)) {
            throw InvalidInputException.of("cells", "error.rfm.cells");
        }
        String label = name != null && !name.isBlank() ? name.trim()
                : "RFM " + snapshot.referenceDate() + " #" + snapshotId + " "
                        + cells.stream().map(String::valueOf).collect(Collectors.joining(","));
        return segments.create(label.length() > SegmentDesk.NAME_MAX ? label.substring(0, SegmentDesk.NAME_MAX) : label,
                new RuleCondition(SegmentField.RFM_CELL, cells.stream().map(String::valueOf).toList(), null, null,
                        snapshotId, false),
                SegmentOrigin.RFM_CELL);
    }

    /**
     * Rebuilds every customer's current R/F/M and the cell boundaries now, as the nightly job does
     * (after an import, whose purchases reach the current figures only this way).
     *
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public CurrentRebuild recomputeCurrent() {
        long started = System.nanoTime();
        long customers = LocalJdbc.readCommitted(db, c -> RfmSql.rebuildCurrent(c, LocalDate.now(RfmNightly.KOREA)));
        return new CurrentRebuild(customers, (System.nanoTime() - started) / 1_000_000);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public RfmWeights weights() {
        return LocalJdbc.readCommitted(db, RfmDesk::weights);
    }

    /** New weights for the snapshots taken from now on (kept ones keep theirs). */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void changeWeights(RfmWeights weights) {
        String by = context.getCallerPrincipal().getName();
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE rfm_setting SET weight_r = ?, weight_f = ?, weight_m = ?,"
                    + " changed_by = ?, changed_at = ? WHERE id = 1")) {
                ps.setInt(1, weights.r());
                ps.setInt(2, weights.f());
                ps.setInt(3, weights.m());
                ps.setString(4, by);
                ps.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now()));
                return ps.executeUpdate();
            }
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<GradeBand> grades() {
        return LocalJdbc.readCommitted(db, RfmDesk::grades);
    }

    /**
     * Replaces the grade bands (for the snapshots taken from now on).
     *
     * @throws InvalidInputException {@code grades} / {@code error.rfm.grades}: none, a blank code or
     *         name, two bands with one minimum, or no band starting at 0 (every value needs a grade)
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public void changeGrades(List<GradeBand> bands) {
        boolean valid = bands != null && !bands.isEmpty()
                && bands.stream().allMatch(b -> b.code() != null && b.code().matches("[A-Z0-9_]{1,20}")
                        && b.nameKo() != null && !b.nameKo().isBlank() && b.nameKo().length() <= 40
                        && b.nameEn() != null && !b.nameEn().isBlank() && b.nameEn().length() <= 40 && b.minScore() >= 0)
                && bands.stream().map(GradeBand::minScore).distinct().count() == bands.size()
                && bands.stream().map(GradeBand::code).distinct().count() == bands.size()
                && bands.stream().anyMatch(b -> b.minScore() == 0);
        if (!valid) {
            throw InvalidInputException.of("grades", "error.rfm.grades");
        }
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM rfm_grade")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO rfm_grade (code, name_ko, name_en, min_score)"
                    + " VALUES (?, ?, ?, ?)")) {
                for (GradeBand b : bands) {
                    ps.setString(1, b.code());
                    ps.setString(2, b.nameKo().trim());
                    ps.setString(3, b.nameEn().trim());
                    ps.setInt(4, b.minScore());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private SnapshotView requireSnapshot(long id, String field) {
        return snapshot(id).orElseThrow(() -> InvalidInputException.of(field, "error.rfm.snapshotUnknown"));
    }

    private static boolean isCell(Integer cell) {
        return cell != null && cell / 100 >= 1 && cell / 100 <= 5 && cell / 10 % 10 >= 1 && cell / 10 % 10 <= 5
                && cell % 10 >= 1 && cell % 10 <= 5 && cell < 1000;
    }

    static RfmWeights weights(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT weight_r, weight_f, weight_m FROM rfm_setting WHERE id = 1");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new RfmWeights(rs.getInt(1), rs.getInt(2), rs.getInt(3)) : RfmWeights.DEFAULT;
        }
    }

    static List<GradeBand> grades(Connection c) throws SQLException {
        List<GradeBand> bands = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name_ko, name_en, min_score FROM rfm_grade"
                + " ORDER BY min_score DESC"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bands.add(new GradeBand(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
            }
        }
        return bands;
    }

    private static SnapshotView view(ResultSet rs) throws SQLException {
        long segment = rs.getLong(3);
        Long segmentId = rs.wasNull() ? null : segment;
        return new SnapshotView(rs.getLong(1), rs.getDate(2).toLocalDate(), segmentId,
                rs.getString(4), rs.getLong(5), rs.getInt(6), rs.getBigDecimal(7),
                new RfmWeights(rs.getInt(8), rs.getInt(9), rs.getInt(10)), rs.getString(11),
                rs.getTimestamp(12).toLocalDateTime(), rs.getLong(13));
    }
}
