package com.market25.payment;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.market25.infrastructure.Queues;
import jakarta.annotation.security.PermitAll;
import com.market25.common.Checks;
import com.market25.infrastructure.ContainerResources;
import com.market25.ordering.FormKey;
import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.GatewayNotConfiguredException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Card payment (PAY-01..03). The gateway is asked through the payment connector while the
 * customer waits, so a decline is answered at once; an approval is completed by
 * {@link PaymentApprovalListener} from the approvals queue, exactly once.
 *
 * <p>No approval is lost or left dangling: the payment row is committed (REQUESTED) before the
 * request leaves, the gateway is called outside any transaction, and an approval whose answer
 * cannot be trusted (timeout, foreign answer) or cannot be recorded is taken back at once
 * ({@link NetCancel}, 망취소). What a crash interrupts, {@link PaymentReconciliation} finishes.
 */
@Stateless
public class PaymentDesk {

    /** {@code checked_by} of decisions the checkout itself takes. */
    public static final String CHECKOUT = "SYSTEM:checkout";

    private static final Logger LOG = Logger.getLogger(PaymentDesk.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @Resource(lookup = ContainerResources.JMS)
    private jakarta.jms.ConnectionFactory jms;

    @EJB
    private PaymentRecords records;

    @EJB
    private NetCancel netCancel;

    /** Pays the customer's order by card, as a form without a one-time key (each call is new). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.CUSTOMER)
    public PaymentOutcome payByCard(long memberId, String slipNo, CardDetails card) {
        return payByCard(memberId, slipNo, card, null);
    }

    /**
     * Pays the customer's order by card. A declined card leaves the order in 주문접수 and
     * payable; the declined attempt is kept with its reason. The same form sent again
     * ({@code requestKey}, see {@link FormKey}) gets the first attempt's outcome, marked repeated,
     * and asks the gateway nothing. At most {@value PayAttemptLimit#MAX_ATTEMPTS} attempts an hour.
     *
     * @throws com.market25.common.InvalidInputException for card fields that cannot be right (or
     *         stored), a malformed form key, or a slip that is not the member's; nothing is stored
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.CUSTOMER)
    public PaymentOutcome payByCard(long memberId, String slipNo, CardDetails card, String requestKey) {
        Checks checks = new Checks();
        card.check(checks);
        checks.that(requestKey == null || FormKey.isWellFormed(requestKey), "requestKey", "error.formKey");
        checks.throwIfAny();
        String key = requestKey == null ? FormKey.newKey() : requestKey;

        if (!gatewayConfigured()) {
            return PaymentOutcome.declined(PaymentOutcome.GATEWAY_NOT_CONFIGURED);
        }
        requireApprovalQueue();
        PaymentRecords.Opened opened = records.open(memberId, slipNo, card, key, LocalDateTime.now());
        if (opened.outcome() != null) {
            return opened.outcome();
        }
        return send(opened.attempt(), card);
    }

    /**
     * Staff take a card payment over the phone (ORD-03) for the customer's order, with the same
     * rules as {@link #payByCard(long, String, CardDetails, String)}: the number goes to the gateway
     * and only its masked form is kept.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    public PaymentOutcome payByCardForCustomer(long memberId, String slipNo, CardDetails card, String requestKey) {
        // a call on this instance, not through the container: the customer-only role check of
        // payByCard does not apply, the staff roles above were checked instead
        return payByCard(memberId, slipNo, card, requestKey);
    }

    /**
     * Refuses, with the broker's own exception (an outage: "try again in a moment"), when the
     * approvals queue cannot be reached. Asked before an order is taken or a card is sent, so a
     * broker outage never ends in a card approved at the card company and cancelled again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public void requireApprovalQueue() {
        try (jakarta.jms.JMSContext context = jms.createContext()) {
            context.createQueue(Queues.PAYMENT_APPROVALS);
        }
    }

    /** The outcome of the payment a form asked for, if it got that far (for a form sent again). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed(Roles.CUSTOMER)
    public Optional<PaymentOutcome> outcomeOfForm(String requestKey) {
        if (!FormKey.isWellFormed(requestKey)) {
            return Optional.empty();
        }
        return em.createQuery("select p from Payment p where p.requestKey = :key", Payment.class)
                .setParameter("key", requestKey)
                .getResultStream()
                .findFirst()
                .map(p -> PaymentRecords.outcomeOf(p.getStatus(), p.getDeclineCode()).asRepeated());
    }

    private boolean gatewayConfigured() {
        try (var gateway = gateways.getConnection()) {
            return gateway.isConfigured();
        } catch (ResourceException e) {
            LOG.log(Level.WARNING, "payment connector unavailable", e);
            return false;
        }
    }

    private PaymentOutcome send(PaymentRecords.Attempt attempt, CardDetails card) {
        CardApproval answer;
        try (var gateway = gateways.getConnection()) {
            answer = gateway.approveCard(new CardApprovalRequest(attempt.reference(), attempt.amount(),
                    card.company().name(), card.digits(), card.expiryYyMm(), card.installmentMonths()));
        } catch (GatewayException e) {
            if (e.outcomeUnknown()) {
                LOG.log(Level.WARNING, "no usable answer for " + attempt.reference() + ": taking any approval back", e);
                return takeBack(attempt, ReconciliationReason.NO_USABLE_ANSWER, e.getMessage());
            }
            String code = e instanceof GatewayNotConfiguredException
                    ? PaymentOutcome.GATEWAY_NOT_CONFIGURED : PaymentOutcome.GATEWAY_UNAVAILABLE;
            LOG.log(Level.WARNING, "gateway refused or unreachable for " + attempt.reference(), e);
            records.decline(attempt.paymentId(), null, code);
            return PaymentOutcome.declined(code);
        } catch (ResourceException e) {
            LOG.log(Level.WARNING, "payment connector unavailable for " + attempt.reference(), e);
            records.decline(attempt.paymentId(), null, PaymentOutcome.GATEWAY_UNAVAILABLE);
            return PaymentOutcome.declined(PaymentOutcome.GATEWAY_UNAVAILABLE);
        }
        if (!answer.approved()) {
            records.decline(attempt.paymentId(), answer.gatewayName(), answer.declineCode());
            return PaymentOutcome.declined(answer.declineCode());
        }
        try {
            if (records.authorize(attempt.paymentId(), answer, LocalDateTime.now())) {
                return PaymentOutcome.approvedOutcome();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "approval " + answer.approvalNumber() + " of " + attempt.reference()
                    + " could not be recorded: taking it back", e);
        }
        return takeBack(attempt, ReconciliationReason.NOT_RECORDED, "approval " + answer.approvalNumber());
    }

    private PaymentOutcome takeBack(PaymentRecords.Attempt attempt, ReconciliationReason reason, String note) {
        return switch (netCancel.takeBack(attempt.paymentId(), attempt.reference(), attempt.amount(),
                PaymentStatus.REQUESTED, null, EnumSet.of(PaymentStatus.REQUESTED), CHECKOUT, reason, note)) {
            case CANCELLED -> PaymentOutcome.declined(PaymentOutcome.NET_CANCELLED);
            case KEPT -> PaymentOutcome.approvedOutcome();
            case LEFT_OPEN -> PaymentOutcome.declined(PaymentOutcome.PAYMENT_UNCONFIRMED);
        };
    }

    /**
     * Completes an authorized payment and marks its order 입금완료. Returns false, changing
     * nothing, when the payment was completed before: a redelivered message is harmless.
     */
    @PermitAll
    public boolean complete(long paymentId) {
        return records.complete(paymentId);
    }

    /** Payments whose outcome is still open, oldest first, for 결제 대사 / 미확정 결제. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public List<OpenPayment> openPayments(int limit) {
        return records.openPayments(limit);
    }

    /** What the reconciliation and the checkout's net cancels decided, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public List<ReconciliationEntry> reconciliationLog(int limit) {
        return records.recentDecisions(limit);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public List<PaymentView> paymentsOf(String slipNo) {
        return em.createQuery("select new com.market25.payment.PaymentView(p.id, p.method, p.payerName,"
                        + " p.cardCompany, p.maskedCardNo, p.installmentMonths, p.amount, p.status, p.declineCode,"
                        + " p.approvalNo, p.requestedAt, p.completedAt, p.reference, p.cancelledAt) from Payment p"
                        + " where p.order.slipNo = :slip order by p.requestedAt, p.id", PaymentView.class)
                .setParameter("slip", slipNo)
                .getResultList();
    }
}
