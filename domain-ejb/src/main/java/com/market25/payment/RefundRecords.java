package com.market25.payment;

import com.market25.common.InvalidInputException;
import com.market25.ordering.CustomerOrder;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Every change of a refund row, each in the caller's transaction or its own short one (the
 * gateway is never called inside one). A refund is locked and its status checked before it
 * changes, so a double click, a retry and staff racing each other record it DONE once.
 */
@Stateless
@PermitAll
public class RefundRecords {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<RefundCompleted> completed;

    /**
     * Writes the refund of a claim, in the caller's transaction: how the money goes back follows
     * from how the order was paid. Money of an order paid through a gateway goes back to it (the
     * whole approval when this refund is all of it and nothing went back before, else in part);
     * of an order paid otherwise, to the bank account given. Only bonus: done at once.
     *
     * @throws InvalidInputException {@code account} / {@code error.refundAccountRequired} when money
     *         must go to a bank account and none was given
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public RefundView open(long orderId, String slipNo, long claimId, BigDecimal money, BigDecimal bonus,
            String reason, BankAccount account, String by) {
        Optional<Refund> earlier = byClaim(claimId);
        if (earlier.isPresent()) {
            return earlier.get().view();
        }
        CustomerOrder order = em.getReference(CustomerOrder.class, orderId);
        LocalDateTime now = LocalDateTime.now();
        Refund refund;
        if (money.signum() == 0) {
            refund = new Refund(order, claimId, null, RefundMethod.BONUS_ONLY, money, bonus, reason, null, null, by, now);
        } else {
            Optional<Payment> paid = gatewayPaymentOf(orderId);
            if (paid.isPresent()) {
                Payment p = paid.get();
                boolean whole = money.compareTo(p.getAmount()) == 0 && cardRefundsOf(p.getId()).isEmpty();
                refund = new Refund(order, claimId, p, whole ? RefundMethod.CARD_CANCEL : RefundMethod.CARD_PARTIAL_CANCEL,
                        money, bonus, reason, slipNo + "-R" + claimId, null, by, now);
            } else {
                if (account == null || account.isEmpty()) {
                    throw InvalidInputException.of("account", "error.refundAccountRequired");
                }
                refund = new Refund(order, claimId, null, RefundMethod.BANK_TRANSFER, money, bonus, reason, null, account,
                        by, now);
            }
        }
        em.persist(refund);
        em.flush();
        return refund.view();
    }

    /** What the gateway is to be asked for a REQUESTED refund (empty when there is nothing to ask). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<GatewayCancel> toSend(long refundId) {
        Refund r = em.find(Refund.class, refundId);
        if (r == null || r.getStatus() != RefundStatus.REQUESTED || r.getPayment() == null) {
            return Optional.empty();
        }
        Payment p = r.getPayment();
        return Optional.of(new GatewayCancel(r.getId(), r.getMethod(), p.getReference(), p.getAmount(), r.getCancelId(),
                r.getAmount(), r.getReason(), p.getGatewayId()));
    }

    /** A gateway cancel to send: the whole approval, or {@code amount} of it under {@code cancelId}. */
    public record GatewayCancel(long refundId, RefundMethod method, String reference, BigDecimal approvedAmount,
            String cancelId, BigDecimal amount, String reason, Long gatewayId) {
    }

    /** The money is back: DONE once, with {@link RefundCompleted} in the same transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean done(long refundId, String by, String result) {
        Refund r = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getStatus() == RefundStatus.DONE) {
            return false;
        }
        r.done(by, result, LocalDateTime.now());
        completed.fire(new RefundCompleted(r.getId(), r.getOrder().getId(), r.getClaimId(), r.getAmount()));
        return true;
    }

    /** The gateway refused or did not answer: the refund stays REQUESTED, with why. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void note(long refundId, String result) {
        Refund r = em.find(Refund.class, refundId, LockModeType.PESSIMISTIC_WRITE);
        if (r.getStatus() != RefundStatus.DONE) {
            r.note(result);
        }
    }

    /** Whether the refund is DONE. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isDone(long refundId) {
        Refund r = em.find(Refund.class, refundId);
        return r != null && r.getStatus() == RefundStatus.DONE;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<RefundView> viewOfClaim(long claimId) {
        return byClaim(claimId).map(Refund::view);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Refund> byClaim(long claimId) {
        return em.createQuery("select r from Refund r where r.claimId = :claim", Refund.class)
                .setParameter("claim", claimId)
                .getResultStream()
                .findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RefundView> ofOrder(long orderId) {
        return em.createQuery("select r from Refund r where r.order.id = :order order by r.requestedAt, r.id", Refund.class)
                .setParameter("order", orderId)
                .getResultList()
                .stream()
                .map(Refund::view)
                .toList();
    }

    /** The order's payment that a gateway approved (card, e-wallet): refunds go back to it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Payment> gatewayPaymentOf(long orderId) {
        return em.createQuery("select p from Payment p where p.order.id = :order and p.status = :approved"
                        + " and p.approvalNo is not null and p.reference is not null and p.method <> :bank"
                        + " order by p.id", Payment.class)
                .setParameter("order", orderId)
                .setParameter("approved", PaymentStatus.APPROVED)
                .setParameter("bank", PaymentMethod.BANK_TRANSFER)
                .getResultStream()
                .findFirst();
    }

    private List<Refund> cardRefundsOf(long paymentId) {
        return em.createQuery("select r from Refund r where r.payment.id = :payment", Refund.class)
                .setParameter("payment", paymentId)
                .getResultList();
    }
}
