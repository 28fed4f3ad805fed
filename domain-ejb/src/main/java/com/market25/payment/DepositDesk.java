package com.market25.payment;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.ordering.OrderDesk;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The back office's side of deposit notifications (PAY-03): the review list (입금 확인 필요), the
 * dead letters and the whole notification log, a page at a time; staff replay a dead letter or
 * resolve a reviewed or dead one (mark paid, refund note, ignore), recorded with who and when.
 * Every decision takes the row lock and checks the status first: a double click decides once.
 */
@Stateless
public class DepositDesk {

    private static final String ROW = "select n.id, n.notification_id, n.account_no, n.amount, n.depositor_name,"
            + " n.deposited_at, n.received_at, n.status, n.review_reason, o.slip_no, p.amount, n.processed_at,"
            + " n.dead_at, n.resolution, n.resolution_note, n.resolved_by, n.resolved_at"
            + " from deposit_notification n left join payment p on p.virtual_account_no = n.account_no"
            + " left join customer_order o on o.id = p.order_id";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DepositInbox inbox;

    @EJB
    private OrderDesk orders;

    /** Notifications in {@code status} (all of them when null), newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    @SuppressWarnings("unchecked")
    public List<DepositRow> page(DepositStatus status, int first, int size) {
        var q = em.createNativeQuery(ROW + (status == null ? "" : " where n.status = :status") + " order by n.id desc"
                + " limit :size offset :first");
        if (status != null) {
            q.setParameter("status", status.name());
        }
        List<Object[]> rows = q.setParameter("size", Math.min(Math.max(1, size), 200))
                .setParameter("first", Math.max(0, first))
                .getResultList();
        return rows.stream().map(DepositDesk::toRow).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public long count(DepositStatus status) {
        var q = em.createNativeQuery("select count(*) from deposit_notification"
                + (status == null ? "" : " where status = ?1"));
        if (status != null) {
            q.setParameter(1, status.name());
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Puts a dead-lettered notification on the queue again (after the cause was fixed): it is
     * decided like a new one. A notification that is not dead is left alone.
     *
     * @return false when it was not dead (replayed or resolved already)
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT})
    public boolean replay(long id, String staffLogin) {
        int changed = em.createNativeQuery("update deposit_notification set status = 'RECEIVED', dead_at = null"
                        + " where id = ?1 and status = 'DEAD'")
                .setParameter(1, id)
                .executeUpdate();
        if (changed == 1) {
            inbox.enqueue(id);
        }
        return changed == 1;
    }

    /**
     * Staff decide a notification in review or dead-lettered. MARKED_PAID pays the order of the
     * account with it (as an exact deposit would), only while the order still waits for it.
     *
     * @throws InvalidInputException {@code resolution} / {@code error.required}, {@code note} /
     *         {@code error.required} for a refund without a note or {@code error.tooLong},
     *         {@code id} / {@code error.depositDecided} when it is not in review or dead (any more),
     *         {@code resolution} / {@code error.depositNotPayable} when there is no waiting order to pay
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT})
    public void resolve(long id, DepositResolution resolution, String note, String staffLogin) {
        Checks checks = new Checks();
        checks.that(resolution != null, "resolution", "error.required");
        checks.that(resolution != DepositResolution.REFUND_NOTE || note != null && !note.isBlank(), "note",
                "error.required");
        checks.maxLength("note", note, 300);
        checks.throwIfAny();
        List<?> found = em.createNativeQuery("select status from deposit_notification where id = ?1 for update")
                .setParameter(1, id)
                .getResultList();
        if (found.isEmpty() || !List.of("REVIEW", "DEAD").contains((String) found.get(0))) {
            throw InvalidInputException.of("id", "error.depositDecided");
        }
        Long paymentId = null;
        if (resolution == DepositResolution.MARKED_PAID) {
            paymentId = payWith(id, staffLogin);
        }
        em.createNativeQuery("update deposit_notification set status = 'RESOLVED', resolution = ?1,"
                        + " resolution_note = ?2, resolved_by = ?3, resolved_at = ?4,"
                        + " payment_id = coalesce(?5, payment_id) where id = ?6")
                .setParameter(1, resolution.name())
                .setParameter(2, note == null || note.isBlank() ? null : note.trim())
                .setParameter(3, staffLogin)
                .setParameter(4, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(5, paymentId)
                .setParameter(6, id)
                .executeUpdate();
    }

    private long payWith(long notificationId, String staffLogin) {
        List<?> rows = em.createNativeQuery("select p.id, p.order_id from payment p join deposit_notification n"
                        + " on n.account_no = p.virtual_account_no where n.id = ?1 and p.status = 'WAITING_FOR_DEPOSIT'"
                        + " for update")
                .setParameter(1, notificationId)
                .getResultList();
        if (rows.isEmpty()) {
            throw InvalidInputException.of("resolution", "error.depositNotPayable");
        }
        Object[] row = (Object[]) rows.get(0);
        long paymentId = ((Number) row[0]).longValue();
        long orderId = ((Number) row[1]).longValue();
        if (!orders.awaitsPayment(orderId)) {
            throw InvalidInputException.of("resolution", "error.depositNotPayable");
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        em.createNativeQuery("update payment set status = 'APPROVED', authorized_at = ?1, completed_at = ?1"
                        + " where id = ?2 and status = 'WAITING_FOR_DEPOSIT'")
                .setParameter(1, now)
                .setParameter(2, paymentId)
                .executeUpdate();
        orders.markPaid(orderId, staffLogin);
        return paymentId;
    }

    private static DepositRow toRow(Object[] r) {
        return new DepositRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (BigDecimal) r[3],
                (String) r[4], DepositBatch.toDateTime(r[5]), DepositBatch.toDateTime(r[6]),
                DepositStatus.valueOf((String) r[7]), r[8] == null ? null : DepositReviewReason.valueOf((String) r[8]),
                (String) r[9], (BigDecimal) r[10], DepositBatch.toDateTime(r[11]), DepositBatch.toDateTime(r[12]),
                r[13] == null ? null : DepositResolution.valueOf((String) r[13]), (String) r[14], (String) r[15],
                DepositBatch.toDateTime(r[16]));
    }
}
