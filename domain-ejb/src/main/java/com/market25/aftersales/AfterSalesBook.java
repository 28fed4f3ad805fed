package com.market25.aftersales;

import com.market25.bonus.BonusLedger;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.ordering.AfterSalesOrder;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.ItemState;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import com.market25.payment.BankAccount;
import com.market25.payment.RefundCompleted;
import com.market25.payment.RefundDesk;
import com.market25.payment.RefundRecords;
import com.market25.payment.RefundStatus;
import com.market25.payment.RefundView;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The transactional steps of after-sales, each in its own transaction (the gateway is asked by
 * {@link AfterSalesDesk} between them, outside any). Each step locks the order first, then the
 * claim, and checks where both stand: a step taken twice, or by two staff at once, happens once.
 * Money and bonus move in the step that decides the refund: the refund row (with its cancel id),
 * the bonus given back, the earned bonus taken back and the items' states commit together.
 */
@Stateless
@PermitAll
public class AfterSalesBook {

    /** What a step left to do outside the transaction: a refund to send to the gateway. */
    public record Opened(long claimId, Long refundToSend) {
    }

    public static final int REASON_TEXT_MAX = 300;
    public static final int NOTE_MAX = 300;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    @EJB
    private RefundRecords refunds;

    @EJB
    private RefundDesk refundDesk;

    @EJB
    private BonusLedger bonus;

    /** The claim a form (or API call) asked for before, if any. */
    public Optional<Claim> byKey(String requestKey) {
        return em.createQuery("select c from Claim c join fetch c.order where c.requestKey = :key", Claim.class)
                .setParameter("key", requestKey)
                .getResultStream()
                .findFirst();
    }

    /** Cancel before shipment (취소) of some or all items; refund decided at once. */
    public Opened openCancel(String slipNo, Long memberId, Set<Integer> lineNos, ClaimReason reason, String reasonText,
            String requestKey, String by) {
        return openCancel(slipNo, memberId, lineNos, reason, reasonText, null, requestKey, by);
    }

    /**
     * As {@link #openCancel(String, Long, Set, ClaimReason, String, String, String)}, with the
     * account a paid order's money goes back to when no gateway approved its payment (무통장입금).
     */
    public Opened openCancel(String slipNo, Long memberId, Set<Integer> lineNos, ClaimReason reason, String reasonText,
            BankAccount account, String requestKey, String by) {
        // the order's lock first: a second submit of the same request waits here, then finds the first's claim
        AfterSalesOrder o = orders.lockForAfterSales(slipNo);
        Optional<Opened> earlier = earlier(requestKey, slipNo);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireOwner(o, memberId);
        Checks checks = new Checks();
        checks.maxLength("reasonText", reasonText, REASON_TEXT_MAX);
        checks.that(lineNos != null && !lineNos.isEmpty(), "lines", "error.linesNone");
        if (account != null && !account.isEmpty()) {
            account.check(checks, "account");
        }
        checks.throwIfAny();
        if ((o.status() != OrderStatus.RECEIVED && o.status() != OrderStatus.PAID) || o.paymentUnderway()) {
            throw InvalidInputException.of("slipNo", "error.notCancellable");
        }
        List<AfterSalesOrder.Item> items = items(o, lineNos);
        if (items.stream().anyMatch(i -> !i.state().canMoveTo(ItemState.CANCELLED))) {
            throw InvalidInputException.of("lines", "error.linesNotCancellable");
        }
        LocalDateTime now = LocalDateTime.now();
        Claim claim = new Claim(em.getReference(CustomerOrder.class, o.orderId()), ClaimKind.CANCEL, requestKey,
                reason == null ? ClaimReason.CHANGE_OF_MIND : reason, blankToNull(reasonText), lineNos, amountOf(items),
                null, by, now);
        em.persist(claim);
        em.flush();
        orders.cancelItems(o.orderId(), lineNos, by, claim.getId());
        boolean paid = o.status() == OrderStatus.PAID;
        return refundStep(o, claim, items, paid, account, by);
    }

    /** A return (반품) or exchange (교환) request of delivered items, within the withdrawal period. */
    public Opened openRequest(String slipNo, Long memberId, ClaimKind kind, Set<Integer> lineNos, ClaimReason reason,
            String reasonText, BankAccount account, String requestKey, String by, LocalDate today) {
        // the order's lock first: a second submit of the same request waits here, then finds the first's claim
        AfterSalesOrder o = orders.lockForAfterSales(slipNo);
        Optional<Opened> earlier = earlier(requestKey, slipNo);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        requireOwner(o, memberId);
        Checks checks = new Checks();
        checks.that(kind == ClaimKind.RETURN || kind == ClaimKind.EXCHANGE, "kind", "error.claimKind");
        checks.that(reason != null, "reason", "error.required");
        checks.maxLength("reasonText", reasonText, REASON_TEXT_MAX);
        checks.that(lineNos != null && !lineNos.isEmpty(), "lines", "error.linesNone");
        if (account != null && !account.isEmpty()) {
            account.check(checks, "account");
        }
        checks.throwIfAny();
        if (o.status() != OrderStatus.DELIVERED && o.status() != OrderStatus.COMPLETED) {
            throw InvalidInputException.of("slipNo", "error.notReturnable");
        }
        LocalDate delivered = o.deliveredAt() == null ? null : o.deliveredAt().toLocalDate();
        if (!WithdrawalPeriod.isOpen(delivered, today)) {
            throw InvalidInputException.of("slipNo", "error.withdrawalPeriodOver", WithdrawalPeriod.lastDay(delivered));
        }
        List<AfterSalesOrder.Item> items = items(o, lineNos);
        if (items.stream().anyMatch(i -> !i.state().canMoveTo(kind.requested()))) {
            throw InvalidInputException.of("lines", "error.linesNotReturnable");
        }
        Claim claim = new Claim(em.getReference(CustomerOrder.class, o.orderId()), kind, requestKey, reason,
                blankToNull(reasonText), lineNos, amountOf(items), account, by, LocalDateTime.now());
        em.persist(claim);
        em.flush();
        orders.moveItems(o.orderId(), lineNos, kind.requested(), by, claim.getId());
        return new Opened(claim.getId(), null);
    }

    /** 승인: the goods may come back. */
    public void accept(long claimId, String by) {
        Step s = step(claimId);
        requireReturnOrExchange(s.claim);
        s.claim.moveTo(ClaimStatus.ACCEPTED, by, LocalDateTime.now());
        orders.moveItems(s.order.orderId(), s.claim.getLineNos(), s.claim.getKind().accepted(), by, claimId);
    }

    /** 거절, with why: the items are back where they were. */
    public void reject(long claimId, String note, String by) {
        Checks checks = new Checks();
        checks.required("note", note).maxLength("note", note, NOTE_MAX);
        checks.throwIfAny();
        Step s = step(claimId);
        requireReturnOrExchange(s.claim);
        s.claim.moveTo(ClaimStatus.REJECTED, by, LocalDateTime.now());
        s.claim.note(note.trim());
        orders.moveItems(s.order.orderId(), s.claim.getLineNos(), ItemState.of(s.order.status()), by, claimId);
    }

    /** 입고: the goods are back; their stock comes back. */
    public void receive(long claimId, String by) {
        Step s = step(claimId);
        requireReturnOrExchange(s.claim);
        s.claim.moveTo(ClaimStatus.RECEIVED, by, LocalDateTime.now());
        orders.moveItems(s.order.orderId(), s.claim.getLineNos(), s.claim.getKind().received(), by, claimId);
        orders.restock(s.order.orderId(), s.claim.getLineNos());
    }

    /**
     * 환불 of a received return: the items become 반품완료, bonus earned on them is taken back,
     * bonus spent comes back in proportion, money goes back to the card (or is to be paid to the
     * bank account given now or with the request).
     */
    public Opened refund(long claimId, BankAccount account, String by) {
        Step s = step(claimId);
        if (refunds.byClaim(claimId).isPresent()) {
            // a second click: the first decided the refund
            return new Opened(claimId, refundToSend(claimId).orElse(null));
        }
        if (s.claim.getKind() != ClaimKind.RETURN || s.claim.getStatus() != ClaimStatus.RECEIVED) {
            throw InvalidInputException.of("claim", "error.claimStep");
        }
        if (account != null && !account.isEmpty()) {
            Checks checks = new Checks();
            account.check(checks, "account");
            checks.throwIfAny();
            s.claim.account(account);
        }
        List<AfterSalesOrder.Item> items = items(s.order, s.claim.getLineNos());
        orders.moveItems(s.order.orderId(), s.claim.getLineNos(), ItemState.RETURNED, by, claimId);
        bonus.reverseEarned(s.order.orderId(),
                items.stream().map(AfterSalesOrder.Item::discountBonus).reduce(BigDecimal.ZERO, BigDecimal::add),
                items.stream().map(AfterSalesOrder.Item::sponsorBonus).reduce(BigDecimal.ZERO, BigDecimal::add),
                "C" + claimId);
        return refundStep(s.order, s.claim, items, true, s.claim.account(), by);
    }

    /** 교환 발송: the replacement leaves (its stock is taken). */
    public void reship(long claimId, String by) {
        Step s = step(claimId);
        if (s.claim.getKind() != ClaimKind.EXCHANGE) {
            throw InvalidInputException.of("claim", "error.claimStep");
        }
        s.claim.moveTo(ClaimStatus.RESHIPPED, by, LocalDateTime.now());
        orders.reserveReplacement(s.order.orderId(), s.claim.getLineNos());
        orders.moveItems(s.order.orderId(), s.claim.getLineNos(), ItemState.EXCHANGED, by, claimId);
    }

    /** Staff paid a bank refund out. */
    public void paidOut(long claimId, String by) {
        Step s = step(claimId);
        if (s.claim.getStatus() != ClaimStatus.PAYOUT_PENDING) {
            throw InvalidInputException.of("claim", "error.claimStep");
        }
        refundDesk.paidOut(refunds.byClaim(claimId).orElseThrow().getId(), by);
    }

    /** The refund of a claim still to be sent to the gateway (REQUESTED), if any. */
    public Optional<Long> refundToSend(long claimId) {
        return refunds.byClaim(claimId).filter(r -> r.getStatus() == RefundStatus.REQUESTED).map(r -> r.getId());
    }

    /** A refund is DONE: its claim is 환불 완료 and the order counts the money given back. */
    public void onRefund(@Observes RefundCompleted event) {
        orders.lockForAfterSales(event.orderId());
        Claim claim = em.find(Claim.class, event.claimId(), LockModeType.PESSIMISTIC_WRITE);
        if (claim.getStatus().canMoveTo(ClaimStatus.REFUNDED)) {
            claim.moveTo(ClaimStatus.REFUNDED, RefundDesk.GATEWAY, LocalDateTime.now());
        }
        orders.recordRefund(event.orderId(), event.amount(), BigDecimal.ZERO);
    }

    /**
     * Decides and writes the refund of the claim's items: the split of money and bonus
     * ({@link RefundSplit}), the refund row, the bonus given back; the claim then waits for the
     * gateway (환불 중), for staff to pay out (환불 지급 대기), or is done.
     */
    private Opened refundStep(AfterSalesOrder o, Claim claim, List<AfterSalesOrder.Item> items, boolean paid,
            BankAccount account, String by) {
        Set<Integer> refunded = new HashSet<>(claim.getLineNos());
        boolean last = o.itemsKept().stream().allMatch(i -> refunded.contains(i.lineNo()));
        BigDecimal moneyPaid = paid ? o.totalAmount().subtract(o.bonusUsed()) : BigDecimal.ZERO;
        RefundSplit split = RefundSplit.of(o.totalAmount(), o.bonusUsed(), o.bonusReturned(), moneyPaid,
                o.refundedAmount(), amountOf(items), last);
        LocalDateTime now = LocalDateTime.now();
        ClaimStatus closed = paid ? ClaimStatus.REFUNDED : ClaimStatus.DONE;
        if (split.total().signum() == 0) {
            claim.moveTo(closed, by, now);
            return new Opened(claim.getId(), null);
        }
        RefundView r = refunds.open(o.orderId(), o.slipNo(), claim.getId(), split.money(), split.bonus(),
                claim.getReason().name(), account, by);
        if (split.bonus().signum() > 0) {
            bonus.giveBack(o.memberId(), o.orderId(), split.bonus(), "R" + claim.getId());
            orders.recordRefund(o.orderId(), BigDecimal.ZERO, split.bonus());
        }
        switch (r.status()) {
            case DONE -> claim.moveTo(closed, by, now);
            case PAYOUT_PENDING -> claim.moveTo(ClaimStatus.PAYOUT_PENDING, by, now);
            case REQUESTED -> claim.moveTo(ClaimStatus.REFUNDING, by, now);
        }
        return new Opened(claim.getId(), r.status() == RefundStatus.REQUESTED ? r.id() : null);
    }

    private record Step(AfterSalesOrder order, Claim claim) {
    }

    /**
     * Locks the claim's order, then the claim. Only locking reads come before the locks, so what
     * this step reads afterwards is what the step before it committed (a second click of the same
     * button finds the first one's work done).
     */
    private Step step(long claimId) {
        List<?> orderId = em.createNativeQuery("select order_id from after_sales_claim where id = ?1 lock in share mode")
                .setParameter(1, claimId)
                .getResultList();
        if (orderId.isEmpty()) {
            throw InvalidInputException.of("claim", "error.claimUnknown");
        }
        AfterSalesOrder order = orders.lockForAfterSales(((Number) orderId.get(0)).longValue());
        Claim claim = em.find(Claim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        return new Step(order, claim);
    }

    private Optional<Opened> earlier(String requestKey, String slipNo) {
        return byKey(requestKey).map(c -> {
            if (!c.getOrder().getSlipNo().equals(slipNo)) {
                throw InvalidInputException.of("requestKey", "error.formKey");
            }
            return new Opened(c.getId(), refundToSend(c.getId()).orElse(null));
        });
    }

    private static void requireOwner(AfterSalesOrder o, Long memberId) {
        if (memberId != null && o.memberId() != memberId) {
            throw InvalidInputException.of("slipNo", "error.orderUnknown");
        }
    }

    private static void requireReturnOrExchange(Claim claim) {
        if (claim.getKind() == ClaimKind.CANCEL) {
            throw InvalidInputException.of("claim", "error.claimStep");
        }
    }

    private static List<AfterSalesOrder.Item> items(AfterSalesOrder o, Set<Integer> lineNos) {
        List<AfterSalesOrder.Item> items = o.itemsNumbered(lineNos);
        if (items.size() != lineNos.size()) {
            throw InvalidInputException.of("lines", "error.linesUnknown");
        }
        return items;
    }

    private static BigDecimal amountOf(List<AfterSalesOrder.Item> items) {
        return items.stream().map(AfterSalesOrder.Item::lineAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
