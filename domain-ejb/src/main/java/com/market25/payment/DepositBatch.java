package com.market25.payment;

import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Approves deposit notifications in batches (PAY-03): a queue message names one notification;
 * its listener takes that one and up to {@value #BATCH} - 1 others still waiting, decides each
 * ({@link DepositMatching}) and writes the outcome with a few set-based statements in one
 * transaction. An exact deposit pays its order as a card approval does (payment APPROVED, then
 * {@link OrderDesk#markPaid}, which fires the bonus and RFM events once); anything else goes to
 * the review list.
 *
 * <p>Idempotent per notification: only RECEIVED rows are taken, under row locks, so a message
 * whose notification an earlier batch decided does nothing, and a notification is decided once
 * whatever order the messages come in. A batch that fails rolls back whole; its message comes
 * again and is then decided alone ({@code alone}), so one poison notification cannot hold others
 * back and is the only one that ends in the dead-letter queue.
 *
 * <p>Up to one batch per listener session runs at once: a message whose notification a running
 * batch holds decides other waiting notifications first and then waits for its own
 * ({@link #approve}); docs/performance.md has the figures.
 */
@Stateless
@PermitAll
public class DepositBatch {

    static final int BATCH = 500;

    /** Batches' worth of candidates read: one per listener session that may be running one (maxSession). */
    private static final int CANDIDATES = 4;

    /** {@code changed_by} prefix of orders a deposit paid. */
    public static final String BY_BANK = "BANK:";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    private record Row(long id, BigDecimal amount, LocalDateTime depositedAt, String accountNo) {
    }

    /**
     * Decides the notification {@code rowId} (if still waiting) and, unless {@code alone}, other
     * waiting ones with it.
     *
     * @return how many notifications this batch decided
     */
    public int approve(long rowId, boolean alone) {
        if (alone) {
            // the own row only, waiting for a batch that holds it: it either decided it or rolled back
            return lockOwn(rowId, false) ? decide(List.of(rowId), LocalDateTime.now()) : 0;
        }
        if (lockOwn(rowId, true)) {
            List<Long> ids = new ArrayList<>();
            ids.add(rowId);
            ids.addAll(lockOthers(rowId));
            return decide(ids, LocalDateTime.now());
        }
        if (em.createNativeQuery("select id from deposit_notification where id = ?1 and status = 'RECEIVED'")
                .setParameter(1, rowId).getResultList().isEmpty()) {
            return 0;
        }
        // A running batch holds the own row. Rather than wait for it idle, decide waiting rows no
        // batch holds, then wait for the own row. Every lock of this batch is taken before it
        // waits, and only for its own row, so two batches never wait on each other.
        List<Long> others = lockOthers(rowId);
        int decided = others.isEmpty() ? 0 : decide(others, LocalDateTime.now());
        return lockOwn(rowId, false) ? decided + decide(List.of(rowId), LocalDateTime.now()) : decided;
    }

    /** Locks the notification if it is still waiting; with {@code skipLocked} never waits for a batch holding it. */
    private boolean lockOwn(long rowId, boolean skipLocked) {
        return !em.createNativeQuery("select id from deposit_notification where id = ?1 and status = 'RECEIVED'"
                        + " for update" + (skipLocked ? " skip locked" : ""))
                .setParameter(1, rowId)
                .getResultList()
                .isEmpty();
    }

    /**
     * Up to {@value #BATCH} - 1 other waiting notifications no other batch holds, locked. Candidates
     * by a plain read (several batches' worth, as running batches hold the first ones), then row
     * locks by primary key that skip what another batch holds: a locking range scan would also
     * lock the gap where the inbox inserts new notifications and deadlock with it.
     */
    private List<Long> lockOthers(long rowId) {
        List<?> candidates = em.createNativeQuery("select id from deposit_notification where status = 'RECEIVED'"
                        + " and id <> ?1 order by id limit ?2")
                .setParameter(1, rowId)
                .setParameter(2, BATCH * CANDIDATES)
                .getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        em.createNativeQuery("select id from deposit_notification where id in (?1) and status = 'RECEIVED'"
                        + " order by id limit ?2 for update skip locked")
                .setParameter(1, candidates.stream().map(id -> ((Number) id).longValue()).toList())
                .setParameter(2, BATCH - 1)
                .getResultList()
                .forEach(id -> ids.add(((Number) id).longValue()));
        return ids;
    }

    private int decide(List<Long> ids, LocalDateTime now) {
        List<Row> rows = new ArrayList<>();
        for (Object[] r : rows("select id, amount, deposited_at, account_no from deposit_notification where id in (?1)"
                + " order by deposited_at, id", ids)) {
            rows.add(new Row(((Number) r[0]).longValue(), (BigDecimal) r[1], toDateTime(r[2]), (String) r[3]));
        }
        Map<String, DepositMatching.Account> accounts = lockAccounts(rows.stream().map(Row::accountNo).distinct().toList());

        List<Long> applied = new ArrayList<>();
        Map<Long, Long> paidOrders = new HashMap<>();
        Set<Long> paidNow = new HashSet<>();
        Map<DepositReviewReason, List<Long>> review = new EnumMap<>(DepositReviewReason.class);
        // in deposit order: of two exact deposits to one account the earlier pays, the later is ALREADY_PAID
        for (Row row : rows) {
            DepositMatching.Account account = accounts.get(row.accountNo());
            if (account != null && paidNow.contains(account.paymentId())) {
                account = new DepositMatching.Account(account.paymentId(), account.orderId(), account.amount(),
                        PaymentStatus.APPROVED, account.deadline(), OrderStatus.PAID);
            }
            var reason = DepositMatching.judge(row.amount(), row.depositedAt(), account);
            if (reason.isEmpty()) {
                applied.add(row.id());
                paidNow.add(account.paymentId());
                paidOrders.put(account.paymentId(), account.orderId());
            } else {
                review.computeIfAbsent(reason.get(), r -> new ArrayList<>()).add(row.id());
            }
        }
        Timestamp at = Timestamp.valueOf(now);
        if (!paidNow.isEmpty()) {
            int paid = em.createNativeQuery("update payment set status = 'APPROVED', authorized_at = ?1, completed_at = ?1"
                            + " where id in (?2) and status = 'WAITING_FOR_DEPOSIT'")
                    .setParameter(1, at)
                    .setParameter(2, paidNow)
                    .executeUpdate();
            if (paid != paidNow.size()) {
                throw new IllegalStateException("expected to approve " + paidNow.size() + " payments, approved " + paid);
            }
            mark(applied, "APPLIED", null, at);
            linkPayments(applied);
            for (Long orderId : new TreeSet<>(paidOrders.values())) {
                orders.markPaid(orderId, BY_BANK + "deposit");
                // written and let go: each paid order's observers run native statements, and each of
                // those flushes (dirty-checks) every entity still managed, so 500 kept orders with
                // their lines and history made a batch quadratic. Nothing here uses an entity again.
                em.flush();
                em.clear();
            }
        }
        review.forEach((reason, list) -> mark(list, "REVIEW", reason, at));
        return rows.size();
    }

    /** The payments behind these account numbers and their orders, locked (payments, then orders, by id). */
    private Map<String, DepositMatching.Account> lockAccounts(List<String> accountNos) {
        Map<String, DepositMatching.Account> accounts = new HashMap<>();
        if (accountNos.isEmpty()) {
            return accounts;
        }
        List<Object[]> payments = rows("select id, order_id, amount, status, deposit_deadline, virtual_account_no"
                + " from payment where virtual_account_no in (?1) order by id for update", accountNos);
        if (payments.isEmpty()) {
            return accounts;
        }
        Map<Long, String> orderStatus = new HashMap<>();
        for (Object[] o : rows("select id, status from customer_order where id in (?1) order by id for update",
                payments.stream().map(p -> ((Number) p[1]).longValue()).distinct().toList())) {
            orderStatus.put(((Number) o[0]).longValue(), (String) o[1]);
        }
        for (Object[] p : payments) {
            long orderId = ((Number) p[1]).longValue();
            accounts.put((String) p[5], new DepositMatching.Account(((Number) p[0]).longValue(), orderId,
                    (BigDecimal) p[2], PaymentStatus.valueOf((String) p[3]), toDateTime(p[4]),
                    OrderStatus.valueOf(orderStatus.get(orderId))));
        }
        return accounts;
    }

    // by primary key only: record locks, no gaps (the inbox inserts while batches run)
    private void mark(List<Long> ids, String status, DepositReviewReason reason, Timestamp at) {
        em.createNativeQuery("update deposit_notification set status = ?1, review_reason = ?2, processed_at = ?3"
                        + " where id in (?4) and status = 'RECEIVED'")
                .setParameter(1, status)
                .setParameter(2, reason == null ? null : reason.name())
                .setParameter(3, at)
                .setParameter(4, ids)
                .executeUpdate();
    }

    /** The payment each applied notification paid (the rows are locked already; payments by their unique key). */
    private void linkPayments(List<Long> applied) {
        em.createNativeQuery("update deposit_notification n join payment p on p.virtual_account_no = n.account_no"
                        + " set n.payment_id = p.id where n.id in (?1)")
                .setParameter(1, applied)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<?> in) {
        return em.createNativeQuery(sql).setParameter(1, in).getResultList();
    }

    static LocalDateTime toDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }
}
