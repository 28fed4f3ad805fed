package com.market25.segment;

import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Saved segments (MKT-02), so far as customer lists: the customers of an RFM cell (a click on the
 * cross-tab) or of a list of customer ids. Members are kept with the date they were taken.
 */
@Stateless
public class Segments {

    static final int NAME_MAX = 100;
    static final int LIST_MAX = 100_000;

    @PersistenceContext
    private EntityManager em;

    /**
     * The customers of one cell of a snapshot; a score given as 0 means "any" (a whole row or
     * column of the cross-tab).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SegmentView fromRfmCell(String name, long snapshotId, int r, int f, int m, String owner) {
        for (int score : new int[] {r, f, m}) {
            if (score < 0 || score > 5) {
                throw InvalidInputException.of("cell", "error.segment.cell");
            }
        }
        String definition = "rfm snapshot " + snapshotId + " cell " + (r == 0 ? "*" : r) + (f == 0 ? "*" : f)
                + (m == 0 ? "*" : m);
        long id = create(name, owner, definition);
        int members = em.createNativeQuery("insert into customer_segment_member (segment_id, customer_id)"
                        + " select ?1, customer_id from rfm_score where snapshot_id = ?2"
                        + " and (?3 = 0 or r = ?3) and (?4 = 0 or f = ?4) and (?5 = 0 or m = ?5)")
                .setParameter(1, id).setParameter(2, snapshotId).setParameter(3, r).setParameter(4, f)
                .setParameter(5, m).executeUpdate();
        return counted(id, members);
    }

    /** The customers with these member numbers or imported ids; unknown ones are left out. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public SegmentView fromCustomerIds(String name, List<String> customerIds, String owner) {
        if (customerIds == null || customerIds.isEmpty()) {
            throw InvalidInputException.of("customers", "error.required");
        }
        if (customerIds.size() > LIST_MAX) {
            throw InvalidInputException.of("customers", "error.segment.tooMany");
        }
        long id = create(name, owner, "list of " + customerIds.size() + " customer ids");
        int members = 0;
        for (int i = 0; i < customerIds.size(); i += 1000) {
            List<String> chunk = customerIds.subList(i, Math.min(customerIds.size(), i + 1000));
            members += em.createNativeQuery("insert ignore into customer_segment_member (segment_id, customer_id)"
                            + " select ?1, id from member where member_no in (?2) or external_id in (?2)")
                    .setParameter(1, id).setParameter(2, chunk).executeUpdate();
        }
        return counted(id, members);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SegmentView> segment(long id) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Segments::toView);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SegmentView> recent(int limit) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " order by id desc").setMaxResults(limit).getResultList();
        return rows.stream().map(Segments::toView).toList();
    }

    /** The members as exports name them: customer_id (imported id, else member number), name. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void exportMembers(long segmentId, Consumer<Object[]> row) {
        if (segment(segmentId).isEmpty()) {
            throw InvalidInputException.of("segment", "error.segment.unknown");
        }
        try (Stream<Object[]> rows = em.createNativeQuery("select coalesce(c.external_id, c.member_no), c.member_no"
                        + " from customer_segment_member s join member c on c.id = s.customer_id"
                        + " where s.segment_id = ?1 order by c.member_no")
                .setParameter(1, segmentId).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
            rows.forEach(row);
        }
    }

    private long create(String name, String owner, String definition) {
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "error.required");
        }
        if (name.trim().length() > NAME_MAX) {
            throw InvalidInputException.of("name", "error.tooLong");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("insert into customer_segment (name, owner, definition, evaluated_at, created_at)"
                        + " values (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, name.trim()).setParameter(2, owner).setParameter(3, definition).setParameter(4, now)
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    private SegmentView counted(long id, int members) {
        em.createNativeQuery("update customer_segment set customers = ?1 where id = ?2")
                .setParameter(1, members).setParameter(2, id).executeUpdate();
        return segment(id).orElseThrow();
    }

    private static final String SELECT = "select id, name, owner, definition, customers, evaluated_at, created_at"
            + " from customer_segment";

    private static SegmentView toView(Object[] r) {
        return new SegmentView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), toTime(r[5]), toTime(r[6]));
    }

    private static LocalDateTime toTime(Object o) {
        return o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
