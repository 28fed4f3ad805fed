package com.market25.audit;

import com.market25.staff.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The audit log (ADM-04): who changed what and when, for changes that have no history of their
 * own (order status moves, settlement runs and campaign sends keep theirs). A row is written in
 * the transaction of the change it describes, so one never exists without the other.
 */
@Stateless
public class AuditTrail {

    private static final int DETAIL_LENGTH = 500;

    @PersistenceContext
    private EntityManager em;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void record(String actor, AuditAction action, AuditTarget targetType, String targetId, String detail,
            String clientAddress) {
        em.persist(new AuditEntry(LocalDateTime.now(), cut(actor, 60), action, targetType, cut(targetId, 60),
                cut(detail, DETAIL_LENGTH), cut(clientAddress, 45)));
    }

    /** A page of the log, newest first; {@code targetId} narrows it to one account or order. */
    @RolesAllowed({Roles.ADMIN, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditLine> page(AuditTarget targetType, String targetId, int first, int size) {
        var q = em.createQuery("select new com.market25.audit.AuditLine(a.id, a.occurredAt, a.actor, a.action,"
                        + " a.targetType, a.targetId, a.detail, a.clientAddress) from AuditEntry a"
                        + where(targetType, targetId) + " order by a.occurredAt desc, a.id desc", AuditLine.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200));
        bind(q, targetType, targetId);
        return q.getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(AuditTarget targetType, String targetId) {
        var q = em.createQuery("select count(a) from AuditEntry a" + where(targetType, targetId), Long.class);
        bind(q, targetType, targetId);
        return q.getSingleResult();
    }

    private static String where(AuditTarget targetType, String targetId) {
        StringBuilder where = new StringBuilder();
        if (targetType != null) {
            where.append(" where a.targetType = :type");
        }
        if (targetId != null && !targetId.isBlank()) {
            where.append(targetType == null ? " where" : " and").append(" a.targetId = :target");
        }
        return where.toString();
    }

    private static void bind(jakarta.persistence.Query q, AuditTarget targetType, String targetId) {
        if (targetType != null) {
            q.setParameter("type", targetType);
        }
        if (targetId != null && !targetId.isBlank()) {
            q.setParameter("target", targetId.trim());
        }
    }

    private static String cut(String text, int max) {
        if (text == null || text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
