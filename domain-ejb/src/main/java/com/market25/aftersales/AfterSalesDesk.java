package com.market25.aftersales;

import com.market25.common.InvalidInputException;
import com.market25.ordering.AfterSalesOrder;
import com.market25.ordering.FormKey;
import com.market25.ordering.ItemChange;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import com.market25.payment.BankAccount;
import com.market25.payment.RefundDesk;
import com.market25.payment.RefundRecords;
import com.market25.payment.RefundView;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * After-sales (ORD-01 취소 · 반품 · 교환 · 환불, SHOP-07): customers cancel items before shipment and
 * ask for returns and exchanges within the withdrawal period on their order page; staff cancel,
 * approve, reject, receive, refund, pay out and re-ship on the after-sales screen.
 *
 * <p>Every request that moves money carries a request key (the form's one-time key, or the API
 * caller's {@code requestId}): the same key again finds the claim it made and at most finishes
 * sending its refund, which the gateway cancels once per cancel id. The refund is decided and
 * committed first, then the gateway is asked outside any transaction ({@link RefundDesk}); a
 * refund the gateway did not confirm stays 환불 중 and is sent again by the same request, or by
 * staff (재시도).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AfterSalesDesk {

    /** Sort keys of the after-sales list and their JPQL. */
    private static final Map<String, String> SORTS = Map.of("requestedAt", "c.requestedAt", "amount", "c.amount",
            "status", "c.status", "slipNo", "o.slipNo", "kind", "c.kind");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AfterSalesBook book;

    @EJB
    private RefundDesk refundDesk;

    @EJB
    private RefundRecords refunds;

    @EJB
    private OrderDesk orders;

    /**
     * The customer cancels items of their order before shipment (주문취소, all or some): an unpaid
     * order just loses them; a paid one is refunded (card cancelled whole or in part), bonus
     * spent comes back in proportion, stock comes back. Recorded as {@code MEMBER:<login>}.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public ClaimView cancelByCustomer(long memberId, String loginId, String slipNo, Set<Integer> lineNos,
            String requestKey) {
        return cancelByCustomer(memberId, loginId, slipNo, lineNos, null, requestKey);
    }

    /**
     * As {@link #cancelByCustomer(long, String, String, Set, String)}; the money of an order paid
     * without a gateway approval (무통장입금) goes back to {@code account}, which such a cancel needs.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public ClaimView cancelByCustomer(long memberId, String loginId, String slipNo, Set<Integer> lineNos,
            BankAccount account, String requestKey) {
        requireKey(requestKey);
        return finish(once(requestKey, () -> book.openCancel(slipNo, memberId, lineNos, ClaimReason.CHANGE_OF_MIND,
                null, account, requestKey, "MEMBER:" + loginId)));
    }

    /** Staff cancel items of an order before shipment, with the reason; same rules as the customer's. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView cancelByStaff(String slipNo, Set<Integer> lineNos, ClaimReason reason, String reasonText,
            String requestKey, String staffLogin) {
        return cancelByStaff(slipNo, lineNos, reason, reasonText, null, requestKey, staffLogin);
    }

    /** As {@link #cancelByStaff(String, Set, ClaimReason, String, String, String)}, with the refund account (무통장입금). */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView cancelByStaff(String slipNo, Set<Integer> lineNos, ClaimReason reason, String reasonText,
            BankAccount account, String requestKey, String staffLogin) {
        requireKey(requestKey);
        return finish(once(requestKey, () -> book.openCancel(slipNo, null, lineNos, reason, reasonText, account,
                requestKey, staffLogin)));
    }

    /**
     * The customer asks to return (반품) or exchange (교환) delivered items, within
     * {@value WithdrawalPeriod#DAYS} days of delivery, with a reason and, for a refund to a bank,
     * the account.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public ClaimView requestByCustomer(long memberId, String loginId, String slipNo, ClaimKind kind, Set<Integer> lineNos,
            ClaimReason reason, String reasonText, BankAccount account, String requestKey) {
        requireKey(requestKey);
        return finish(once(requestKey, () -> book.openRequest(slipNo, memberId, kind, lineNos, reason, reasonText,
                account, requestKey, "MEMBER:" + loginId, LocalDate.now())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView accept(long claimId, String staffLogin) {
        book.accept(claimId, staffLogin);
        return claim(claimId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView reject(long claimId, String note, String staffLogin) {
        book.reject(claimId, note, staffLogin);
        return claim(claimId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView receive(long claimId, String staffLogin) {
        book.receive(claimId, staffLogin);
        return claim(claimId);
    }

    /**
     * Refunds a received return. A second click finds the refund made by the first and only sends
     * it again if the gateway has not confirmed it.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView refund(long claimId, BankAccount account, String staffLogin) {
        Optional<Long> pending = book.refundToSend(claimId);
        if (pending.isEmpty() && refunds.byClaim(claimId).isEmpty()) {
            return finish(book.refund(claimId, account, staffLogin));
        }
        return finish(new AfterSalesBook.Opened(claimId, pending.orElse(null)));
    }

    /** Sends a refund the gateway did not confirm again (재시도); nothing when it is done. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView retryRefund(long claimId) {
        return finish(new AfterSalesBook.Opened(claimId, book.refundToSend(claimId).orElse(null)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView reship(long claimId, String staffLogin) {
        book.reship(claimId, staffLogin);
        return claim(claimId);
    }

    /** Staff transferred a bank refund to the customer's account (환불 지급 완료). */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public ClaimView paidOut(long claimId, String staffLogin) {
        book.paidOut(claimId, staffLogin);
        return claim(claimId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ClaimView claim(long claimId) {
        Claim c = em.createQuery("select c from Claim c join fetch c.order where c.id = :id", Claim.class)
                .setParameter("id", claimId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("claim", "error.claimUnknown"));
        return c.view().withRefund(refunds.viewOfClaim(claimId).orElse(null));
    }

    /** One page of the after-sales list, sorted and filtered by the database. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ClaimRow> claims(ClaimQuery query, int first, int size) {
        String order = SORTS.getOrDefault(query.sortField() == null ? "" : query.sortField(), "c.requestedAt")
                + (query.ascending() ? " asc" : " desc") + ", c.id desc";
        var q = em.createQuery("select new com.market25.aftersales.ClaimRow(c.id, o.slipNo, c.kind, c.status, c.reason,"
                        + " c.amount, c.requestedBy, c.requestedAt, m.memberNo, m.name) from Claim c join c.order o"
                        + " join o.member m" + where(query) + " order by " + order, ClaimRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 200));
        bind(q, query);
        return q.getResultList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countClaims(ClaimQuery query) {
        var q = em.createQuery("select count(c) from Claim c join c.order o" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** An order's after-sales for staff (any order). */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.READONLY})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OrderAfterSales> order(String slipNo) {
        return orders.afterSalesOf(slipNo).map(this::view);
    }

    /** The customer's own order only: another member's slip finds nothing. */
    @RolesAllowed(Roles.CUSTOMER)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<OrderAfterSales> orderFor(long memberId, String slipNo) {
        return orders.afterSalesOf(slipNo).filter(o -> o.memberId() == memberId).map(this::view);
    }

    private OrderAfterSales view(AfterSalesOrder o) {
        boolean cancellable = (o.status() == OrderStatus.RECEIVED || o.status() == OrderStatus.PAID) && !o.paymentUnderway();
        LocalDate delivered = o.deliveredAt() == null ? null : o.deliveredAt().toLocalDate();
        boolean returnable = (o.status() == OrderStatus.DELIVERED || o.status() == OrderStatus.COMPLETED)
                && WithdrawalPeriod.isOpen(delivered, LocalDate.now());
        List<RefundView> refundList = refunds.ofOrder(o.orderId());
        List<ClaimView> claimList = em.createQuery("select c from Claim c join fetch c.order where c.order.id = :order"
                        + " order by c.requestedAt, c.id",
                        Claim.class)
                .setParameter("order", o.orderId())
                .getResultList()
                .stream()
                .map(c -> c.view().withRefund(refundList.stream().filter(r -> r.claimId() == c.getId()).findFirst()
                        .orElse(null)))
                .toList();
        List<OrderAfterSales.ItemMove> history = new ArrayList<>();
        for (ItemChange c : orders.itemHistory(o.orderId())) {
            history.add(new OrderAfterSales.ItemMove(c.getLineNo(), c.getFromState(), c.getToState(), c.getChangedBy(),
                    c.getChangedAt(), c.getClaimId()));
        }
        java.math.BigDecimal sold = o.itemsKept().stream().map(AfterSalesOrder.Item::lineAmount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        java.math.BigDecimal due = o.status() == OrderStatus.RECEIVED
                ? sold.subtract(o.bonusUsed().subtract(o.bonusReturned())).max(java.math.BigDecimal.ZERO)
                : java.math.BigDecimal.ZERO;
        return new OrderAfterSales(o.slipNo(), o.totalAmount(), o.bonusUsed(), o.bonusReturned(), o.refundedAmount(), due,
                cancellable, returnable, WithdrawalPeriod.lastDay(delivered),
                o.items().stream().map(i -> OrderAfterSales.item(i, cancellable, returnable)).toList(), history, claimList,
                refundList);
    }

    /** Sends the refund a step left to send, then reads the claim as it stands. */
    private ClaimView finish(AfterSalesBook.Opened opened) {
        if (opened.refundToSend() != null) {
            refundDesk.send(opened.refundToSend());
        }
        return claim(opened.claimId());
    }

    /**
     * Runs the step; when a second submit of the same request lost the race on the request key,
     * answers with the claim the first one made.
     */
    private AfterSalesBook.Opened once(String requestKey, Supplier<AfterSalesBook.Opened> step) {
        try {
            return step.get();
        } catch (EJBException | jakarta.persistence.PersistenceException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            Claim c = book.byKey(requestKey).orElseThrow(() -> e);
            return new AfterSalesBook.Opened(c.getId(), book.refundToSend(c.getId()).orElse(null));
        }
    }

    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("uk_claim_request_key")) {
                return true;
            }
        }
        return false;
    }

    private static void requireKey(String requestKey) {
        if (!FormKey.isWellFormed(requestKey)) {
            throw InvalidInputException.of("requestKey", "error.formKey");
        }
    }

    private static String where(ClaimQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.kind() != null) {
            parts.add("c.kind = :kind");
        }
        if (query.status() != null) {
            parts.add("c.status = :status");
        }
        if (query.openOnly()) {
            parts.add("c.status in :open");
        }
        if (query.slipNo() != null && !query.slipNo().isBlank()) {
            parts.add("o.slipNo = :slip");
        }
        return parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
    }

    private static void bind(jakarta.persistence.TypedQuery<?> q, ClaimQuery query) {
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
        if (query.status() != null) {
            q.setParameter("status", query.status());
        }
        if (query.openOnly()) {
            q.setParameter("open", java.util.Arrays.stream(ClaimStatus.values()).filter(ClaimStatus::isOpen)
                    .collect(Collectors.toList()));
        }
        if (query.slipNo() != null && !query.slipNo().isBlank()) {
            q.setParameter("slip", query.slipNo().trim());
        }
    }
}
