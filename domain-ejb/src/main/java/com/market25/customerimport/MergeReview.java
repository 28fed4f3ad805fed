package com.market25.customerimport;

import com.market25.audit.AuditAction;
import com.market25.audit.AuditTarget;
import com.market25.audit.AuditTrail;
import com.market25.common.InvalidInputException;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 중복 고객 검토 (MEM-03 merge-purge): the doubtful pairs an import found wait here; staff merge
 * them or keep them apart. A merge keeps both customers and both histories: the merged
 * customer's row stays with {@code merged_into} pointing at the kept one, its purchases move to
 * the kept customer and are listed in {@code member_merge_purchase}, so undoing the merge puts
 * exactly those back. Every decision is in the audit log.
 */
@Stateless
@RolesAllowed({Roles.MARKETING, Roles.ADMIN})
public class MergeReview {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public List<MergeCandidate> candidates(CandidateStatus status, int first, int size) {
        List<Object[]> rows = em.createNativeQuery(CANDIDATES + " where c.status = ?1 order by c.id desc")
                .setParameter(1, status.name()).setFirstResult(first).setMaxResults(size).getResultList();
        return rows.stream().map(MergeReview::toCandidate).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public long candidateCount(CandidateStatus status) {
        return ((Number) em.createNativeQuery("select count(*) from merge_candidate where status = ?1")
                .setParameter(1, status.name()).getSingleResult()).longValue();
    }

    /** Merges the pair: {@code keptId} (one of the two) stays, the other is merged into it. */
    public MergeRecord merge(long candidateId, long keptId, String staffLogin) {
        Object[] c = candidateRow(candidateId);
        long a = ((Number) c[0]).longValue();
        long b = ((Number) c[1]).longValue();
        if (!CandidateStatus.OPEN.name().equals(c[2])) {
            throw InvalidInputException.of("candidate", "error.merge.decided");
        }
        if (keptId != a && keptId != b) {
            throw InvalidInputException.of("kept", "error.merge.notInPair");
        }
        long mergedId = keptId == a ? b : a;
        long mergeId = mergeInto(keptId, mergedId, (String) c[3], staffLogin);
        decide(candidateId, CandidateStatus.MERGED, staffLogin, mergeId);
        return merge(mergeId);
    }

    /** Staff say the pair are two customers: it leaves the list and is never proposed again. */
    public void keepApart(long candidateId, String staffLogin) {
        Object[] c = candidateRow(candidateId);
        if (!CandidateStatus.OPEN.name().equals(c[2])) {
            throw InvalidInputException.of("candidate", "error.merge.decided");
        }
        decide(candidateId, CandidateStatus.KEPT_APART, staffLogin, null);
        audit.record(staffLogin, AuditAction.CUSTOMERS_KEPT_APART, AuditTarget.MEMBER, String.valueOf(c[1]),
                "kept apart from member " + c[0] + " (candidate " + candidateId + ", " + c[3] + ")", null);
    }

    /** Undoes a merge: the merged customer stands alone again with exactly the purchases the merge moved. */
    public MergeRecord undo(long mergeId, String staffLogin) {
        MergeRecord m = merge(mergeId);
        if (m.undone()) {
            throw InvalidInputException.of("merge", "error.merge.undone");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int back = update("update purchase_history p join member_merge_purchase mp on mp.purchase_id = p.id"
                + " set p.customer_id = ?1 where mp.merge_id = ?2 and p.customer_id = ?3", m.mergedId(), mergeId, m.keptId());
        update("update member set merged_into = null, updated_at = ?1, updated_by = ?2 where id = ?3 and merged_into = ?4",
                now, staffLogin, m.mergedId(), m.keptId());
        update("update member_merge set undone_by = ?1, undone_at = ?2 where id = ?3", staffLogin, now, mergeId);
        // a pair staff merged goes back on the list: they decide again
        update("update merge_candidate set status = 'OPEN', decided_by = null, decided_at = null, merge_id = null"
                + " where merge_id = ?1", mergeId);
        audit.record(staffLogin, AuditAction.CUSTOMER_MERGE_UNDONE, AuditTarget.MEMBER, String.valueOf(m.mergedId()),
                "no longer merged into member " + m.keptId() + " (merge " + mergeId + ", " + back + " purchases back)", null);
        return merge(mergeId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public List<MergeRecord> merges(int first, int size) {
        List<Object[]> rows = em.createNativeQuery(MERGES + " order by g.id desc").setFirstResult(first)
                .setMaxResults(size).getResultList();
        return rows.stream().map(MergeReview::toMerge).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public long mergeCount() {
        return ((Number) em.createNativeQuery("select count(*) from member_merge").getSingleResult()).longValue();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.MARKETING, Roles.ADMIN, Roles.READONLY})
    public MergeRecord merge(long mergeId) {
        List<Object[]> rows = em.createNativeQuery(MERGES + " where g.id = ?1").setParameter(1, mergeId).getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("merge", "error.merge.unknown");
        }
        return toMerge(rows.get(0));
    }

    private long mergeInto(long keptId, long mergedId, String rule, String staffLogin) {
        List<Object[]> pair = em.createNativeQuery("select id, merged_into, erased_at from member where id in (?1, ?2)"
                + " for update").setParameter(1, keptId).setParameter(2, mergedId).getResultList();
        if (pair.size() != 2 || pair.stream().anyMatch(r -> r[1] != null)) {
            throw InvalidInputException.of("candidate", "error.merge.alreadyMerged");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        update("insert into member_merge (kept_id, merged_id, rule, merged_by, merged_at) values (?1, ?2, ?3, ?4, ?5)",
                keptId, mergedId, rule, staffLogin, now);
        long mergeId = ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
        update("insert into member_merge_purchase (merge_id, purchase_id) select ?1, id from purchase_history"
                + " where customer_id = ?2", mergeId, mergedId);
        int moved = update("update purchase_history set customer_id = ?1 where customer_id = ?2", keptId, mergedId);
        update("update member set merged_into = ?1, updated_at = ?2, updated_by = ?3 where id = ?4", keptId, now,
                staffLogin, mergedId);
        audit.record(staffLogin, AuditAction.CUSTOMERS_MERGED, AuditTarget.MEMBER, String.valueOf(mergedId),
                "merged into member " + keptId + " (" + rule + ", merge " + mergeId + ", " + moved + " purchases moved)", null);
        return mergeId;
    }

    private Object[] candidateRow(long candidateId) {
        List<Object[]> rows = em.createNativeQuery("select member_a, member_b, status, rule from merge_candidate"
                + " where id = ?1 for update").setParameter(1, candidateId).getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("candidate", "error.merge.unknown");
        }
        return rows.get(0);
    }

    private void decide(long candidateId, CandidateStatus status, String staffLogin, Long mergeId) {
        update("update merge_candidate set status = ?1, decided_by = ?2, decided_at = ?3, merge_id = ?4 where id = ?5",
                status.name(), staffLogin, Timestamp.valueOf(LocalDateTime.now()), mergeId, candidateId);
    }

    private int update(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.executeUpdate();
    }

    private static final String BRIEF = "%1$s.id, %1$s.member_no, %1$s.name, %1$s.phone, %1$s.email, %1$s.address,"
            + " %1$s.company_name, %1$s.origin, %1$s.merged_into";
    private static final String CANDIDATES = "select c.id, c.rule, c.status, c.job_id, c.found_at, c.decided_by,"
            + " c.decided_at, c.merge_id, " + BRIEF.formatted("a") + ", " + BRIEF.formatted("b")
            + " from merge_candidate c join member a on a.id = c.member_a join member b on b.id = c.member_b";
    private static final String MERGES = "select g.id, g.kept_id, k.member_no, k.name, g.merged_id, m.member_no, m.name,"
            + " g.rule, g.job_id, g.merged_by, g.merged_at, g.undone_by, g.undone_at,"
            + " (select count(*) from member_merge_purchase mp where mp.merge_id = g.id)"
            + " from member_merge g join member k on k.id = g.kept_id join member m on m.id = g.merged_id";

    private static MergeCandidate toCandidate(Object[] r) {
        return new MergeCandidate(((Number) r[0]).longValue(), MatchRule.valueOf((String) r[1]),
                CandidateStatus.valueOf((String) r[2]), r[3] == null ? null : ((Number) r[3]).longValue(),
                CustomerImports.time(r[4]), brief(r, 8), brief(r, 17), (String) r[5], CustomerImports.time(r[6]),
                r[7] == null ? null : ((Number) r[7]).longValue());
    }

    private static MergeCandidate.CustomerBrief brief(Object[] r, int i) {
        return new MergeCandidate.CustomerBrief(((Number) r[i]).longValue(), (String) r[i + 1], (String) r[i + 2],
                (String) r[i + 3], (String) r[i + 4], (String) r[i + 5], (String) r[i + 6], (String) r[i + 7],
                r[i + 8] == null ? null : ((Number) r[i + 8]).longValue());
    }

    private static MergeRecord toMerge(Object[] r) {
        return new MergeRecord(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), (String) r[5], (String) r[6], (String) r[7],
                r[8] == null ? null : ((Number) r[8]).longValue(), (String) r[9], CustomerImports.time(r[10]),
                (String) r[11], CustomerImports.time(r[12]), ((Number) r[13]).intValue());
    }
}
