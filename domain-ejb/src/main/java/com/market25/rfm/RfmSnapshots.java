package com.market25.rfm;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * RFM snapshots (MKT-01) by one fixed rule, so anyone can check the numbers (docs/rfm.md):
 * purchases on or before the reference date D count (cancelled ones do not); a customer without
 * one is not scored; R = days from the last purchase to D, F = purchases, M = their amount; each
 * score is {@code NTILE(5) OVER (ORDER BY value, customer_number)} over the scored customers,
 * where the value for R is −recency. One INSERT … SELECT with window functions per snapshot.
 */
@Stateless
public class RfmSnapshots {

    /** Scores are computed for at most this far back: a typing error is not a reference date. */
    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    @PersistenceContext
    private EntityManager em;

    /** Takes a snapshot for {@code referenceDate} over every customer or one segment. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SnapshotSummary take(LocalDate referenceDate, Long segmentId, RfmWeights weights, String staffLogin) {
        return snapshot(referenceDate, segmentId, weights == null ? RfmWeights.DEFAULT : weights, SnapshotKind.MANUAL,
                staffLogin);
    }

    /** The nightly snapshot of yesterday; the unique nightly date keeps it to one a day. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public SnapshotSummary takeNightly(LocalDate day) {
        return snapshot(day, null, RfmWeights.DEFAULT, SnapshotKind.NIGHTLY, "system");
    }

    private SnapshotSummary snapshot(LocalDate referenceDate, Long segmentId, RfmWeights weights, SnapshotKind kind,
            String by) {
        if (referenceDate == null) {
            throw InvalidInputException.of("referenceDate", "error.required");
        }
        if (referenceDate.isBefore(EARLIEST) || referenceDate.isAfter(LocalDate.now().plusDays(1))) {
            throw InvalidInputException.of("referenceDate", "error.rfm.referenceDate");
        }
        if (segmentId != null && ((Number) em.createNativeQuery("select count(*) from customer_segment where id = ?1")
                .setParameter(1, segmentId).getSingleResult()).intValue() == 0) {
            throw InvalidInputException.of("segment", "error.segment.unknown");
        }
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now();
        em.createNativeQuery("insert into rfm_snapshot (reference_date, segment_id, kind, weight_r, weight_f, weight_m,"
                        + " created_by, created_at, nightly_date) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, Date.valueOf(referenceDate)).setParameter(2, segmentId).setParameter(3, kind.name())
                .setParameter(4, weights.r()).setParameter(5, weights.f()).setParameter(6, weights.m())
                .setParameter(7, by).setParameter(8, Timestamp.valueOf(now))
                .setParameter(9, kind == SnapshotKind.NIGHTLY ? Date.valueOf(referenceDate) : null)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        String scope = segmentId == null ? ""
                : " join customer_segment_member s on s.customer_id = p.customer_id and s.segment_id = ?6";
        var insert = em.createNativeQuery("insert into rfm_score (snapshot_id, customer_id, customer_number,"
                        + " recency_days, frequency, monetary, r, f, m, cell, value)"
                        + " select ?1, customer_id, customer_number, recency, frequency, monetary, r, f, m,"
                        + " r * 100 + f * 10 + m, r * ?3 + f * ?4 + m * ?5"
                        + " from (select t.*,"
                        + "   ntile(5) over (order by -t.recency, t.customer_number) r,"
                        + "   ntile(5) over (order by t.frequency, t.customer_number) f,"
                        + "   ntile(5) over (order by t.monetary, t.customer_number) m"
                        // grouped by customer alone, in the covering index's order, before the
                        // member number is joined: no temporary table for a million groups
                        + "  from (select a.*, c.member_no customer_number from"
                        + "        (select p.customer_id, datediff(?2, max(p.purchased_on)) recency, count(*) frequency,"
                        + "           sum(p.amount) monetary"
                        + "         from purchase_history p" + scope
                        + "         where p.purchased_on <= ?2 and not p.cancelled"
                        + "         group by p.customer_id) a"
                        + "        join member c on c.id = a.customer_id) t) scored")
                .setParameter(1, id).setParameter(2, Date.valueOf(referenceDate))
                .setParameter(3, weights.r()).setParameter(4, weights.f()).setParameter(5, weights.m());
        if (segmentId != null) {
            insert.setParameter(6, segmentId);
        }
        // the three NTILE orders each sort every scored customer: in memory, not in merge passes on
        // disk (session values, given back below, as the connection returns to the pool)
        em.createNativeQuery("set session sort_buffer_size = 67108864, tmp_table_size = 268435456,"
                + " max_heap_table_size = 268435456").executeUpdate();
        int customers;
        try {
            customers = insert.executeUpdate();
        } finally {
            em.createNativeQuery("set session sort_buffer_size = default, tmp_table_size = default,"
                    + " max_heap_table_size = default").executeUpdate();
        }
        int cells = ((Number) em.createNativeQuery("select count(distinct cell) from rfm_score where snapshot_id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        long millis = (System.nanoTime() - started) / 1_000_000;
        em.createNativeQuery("update rfm_snapshot set customers = ?1, cells = ?2, duration_ms = ?3 where id = ?4")
                .setParameter(1, customers).setParameter(2, cells).setParameter(3, millis).setParameter(4, id)
                .executeUpdate();
        return new SnapshotSummary(id, referenceDate, segmentId, kind, weights, customers, cells, millis, by, now);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SnapshotSummary> snapshot(long id) {
        List<Object[]> rows = em.createNativeQuery(SUMMARY + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(RfmSnapshots::toSummary);
    }

    /** The kept snapshots, newest first, a page at a time. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SnapshotSummary> snapshots(int first, int size) {
        List<Object[]> rows = em.createNativeQuery(SUMMARY + " order by id desc")
                .setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(RfmSnapshots::toSummary).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int snapshotCount() {
        return ((Number) em.createNativeQuery("select count(*) from rfm_snapshot").getSingleResult()).intValue();
    }

    /** The 5×5×5 cross-tab: every cell with customers, their revenue, share and grade. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<CellStat> crossTab(long snapshotId) {
        SnapshotSummary summary = snapshot(snapshotId)
                .orElseThrow(() -> InvalidInputException.of("snapshot", "error.rfm.unknownSnapshot"));
        List<GradeBand> bands = gradeBands();
        List<Object[]> rows = em.createNativeQuery("select r, f, m, count(*), sum(monetary) from rfm_score"
                        + " where snapshot_id = ?1 group by r, f, m order by r desc, f desc, m desc")
                .setParameter(1, snapshotId).getResultList();
        int total = Math.max(1, summary.customers());
        return rows.stream().map(r -> {
            int rs = ((Number) r[0]).intValue();
            int fs = ((Number) r[1]).intValue();
            int ms = ((Number) r[2]).intValue();
            int count = ((Number) r[3]).intValue();
            int value = summary.weights().value(rs, fs, ms);
            return new CellStat(rs, fs, ms, count, new BigDecimal(r[4].toString()), (double) count / total, value,
                    GradeBand.gradeOf(value, bands));
        }).toList();
    }

    /**
     * From → to counts between two snapshots: every customer of either counts once (cell 0 for
     * "not scored there"), so the rows of a "from" cell add up to that cell's customers.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MigrationCell> migration(long fromSnapshot, long toSnapshot) {
        for (long id : new long[] {fromSnapshot, toSnapshot}) {
            if (snapshot(id).isEmpty()) {
                throw InvalidInputException.of(id == fromSnapshot ? "from" : "to", "error.rfm.unknownSnapshot");
            }
        }
        List<Object[]> rows = em.createNativeQuery("select a.cell, coalesce(b.cell, 0), count(*) from rfm_score a"
                        + " left join rfm_score b on b.snapshot_id = ?2 and b.customer_id = a.customer_id"
                        + " where a.snapshot_id = ?1 group by a.cell, coalesce(b.cell, 0)"
                        + " union all"
                        + " select 0, b.cell, count(*) from rfm_score b where b.snapshot_id = ?2 and not exists"
                        + " (select 1 from rfm_score a where a.snapshot_id = ?1 and a.customer_id = b.customer_id)"
                        + " group by b.cell order by 1 desc, 2 desc")
                .setParameter(1, fromSnapshot).setParameter(2, toSnapshot).getResultList();
        return rows.stream().map(r -> new MigrationCell(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                ((Number) r[2]).intValue())).toList();
    }

    /**
     * The scored customers of a snapshot, in customer-number order, as the export gives them:
     * customer_id (the id from the source file for imported customers, else the member number),
     * recency_days, frequency, monetary, r, f, m. Read in a stream, never all at once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void exportCustomers(long snapshotId, Consumer<Object[]> row) {
        if (snapshot(snapshotId).isEmpty()) {
            throw InvalidInputException.of("snapshot", "error.rfm.unknownSnapshot");
        }
        try (Stream<Object[]> rows = em.createNativeQuery("select coalesce(c.external_id, s.customer_number),"
                        + " s.recency_days, s.frequency, s.monetary, s.r, s.f, s.m from rfm_score s"
                        + " join member c on c.id = s.customer_id where s.snapshot_id = ?1 order by s.customer_number")
                .setParameter(1, snapshotId)
                .setHint("org.hibernate.fetchSize", 1000)
                .getResultStream()) {
            rows.forEach(row);
        }
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<GradeBand> gradeBands() {
        List<Object[]> rows = em.createNativeQuery("select name, min_value from rfm_grade_band order by min_value desc")
                .getResultList();
        return rows.stream().map(r -> new GradeBand((String) r[0], ((Number) r[1]).intValue())).toList();
    }

    /** Replaces the grade bands (운영자 only): names 1–30 characters, distinct minimum values. */
    @RolesAllowed(Roles.ADMIN)
    public void replaceGradeBands(List<GradeBand> bands) {
        if (bands == null || bands.isEmpty()) {
            throw InvalidInputException.of("bands", "error.required");
        }
        if (bands.stream().map(GradeBand::minValue).distinct().count() != bands.size()) {
            throw InvalidInputException.of("bands", "error.rfm.bandsOverlap");
        }
        for (GradeBand band : bands) {
            if (band.name() == null || band.name().isBlank() || band.name().length() > 30 || band.minValue() < 0) {
                throw InvalidInputException.of("bands", "error.rfm.band");
            }
        }
        em.createNativeQuery("delete from rfm_grade_band").executeUpdate();
        for (GradeBand band : bands) {
            em.createNativeQuery("insert into rfm_grade_band (name, min_value) values (?1, ?2)")
                    .setParameter(1, band.name().trim()).setParameter(2, band.minValue()).executeUpdate();
        }
    }

    private static final String SUMMARY = "select id, reference_date, segment_id, kind, weight_r, weight_f, weight_m,"
            + " customers, cells, duration_ms, created_by, created_at from rfm_snapshot";

    private static SnapshotSummary toSummary(Object[] r) {
        return new SnapshotSummary(((Number) r[0]).longValue(),
                r[1] instanceof Date d ? d.toLocalDate() : (LocalDate) r[1],
                r[2] == null ? null : ((Number) r[2]).longValue(), SnapshotKind.valueOf((String) r[3]),
                new RfmWeights(((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue()),
                ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).longValue(), (String) r[10],
                r[11] instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) r[11]);
    }
}
