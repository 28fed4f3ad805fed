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
import com.market25.payment.gateway.EwalletStart;
import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.wire.GatewayProtocol;
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
import java.util.HashMap;
import java.util.Map;
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

    @EJB
    private GatewayRegistry registry;

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

        GatewayChoice gateway = registry.choose(PaymentMethod.CARD);
        if (!gateway.chosen()) {
            return PaymentOutcome.declined(gateway.refusal());
        }
        requireApprovalQueue();
        PaymentRecords.Opened opened = records.open(memberId, slipNo, card, key, LocalDateTime.now(),
                gateway.gatewayId());
        if (opened.outcome() != null) {
            return opened.outcome();
        }
        return send(opened.attempt(), card, gateway.route());
    }

    /**
     * Starts paying the member's order by e-wallet (간편결제): the attempt is recorded (REQUESTED,
     * the order held) before the provider is asked, and the customer is to be sent to the
     * provider's page, which sends them back to {@code returnUrl} with a signed result
     * ({@link #ewalletReturn}). The amount is the order's payable amount from the ordering boundary.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.CUSTOMER)
    public EwalletRedirect startEwallet(long memberId, String slipNo, String payerName, String requestKey,
            String returnUrl) {
        Checks checks = new Checks();
        checks.that(requestKey == null || FormKey.isWellFormed(requestKey), "requestKey", "error.formKey");
        checks.throwIfAny();
        String key = requestKey == null ? FormKey.newKey() : requestKey;
        String payer = payerName == null || payerName.isBlank() ? "-" : payerName.trim();
        payer = payer.length() > CardDetails.PAYER_NAME_MAX ? payer.substring(0, CardDetails.PAYER_NAME_MAX) : payer;
        GatewayChoice gateway = registry.choose(PaymentMethod.E_WALLET);
        if (!gateway.chosen()) {
            return EwalletRedirect.refused(PaymentOutcome.declined(gateway.refusal()));
        }
        requireApprovalQueue();
        PaymentRecords.Opened opened = records.openEwallet(memberId, slipNo, payer, key, LocalDateTime.now(),
                gateway.gatewayId());
        if (opened.outcome() != null) {
            return EwalletRedirect.refused(opened.outcome());
        }
        PaymentRecords.Attempt attempt = opened.attempt();
        try (var connection = gateways.getConnection(gateway.route())) {
            EwalletStart start = connection.startEwallet(attempt.reference(), attempt.amount(), returnUrl);
            return new EwalletRedirect(start.redirectUrl(), null);
        } catch (GatewayException | ResourceException e) {
            // nothing can be approved before the customer saw the provider's page: a plain decline
            LOG.log(Level.WARNING, "e-wallet provider refused or unreachable for " + attempt.reference(), e);
            records.decline(attempt.paymentId(), null, PaymentOutcome.GATEWAY_UNAVAILABLE);
            return EwalletRedirect.refused(PaymentOutcome.declined(PaymentOutcome.GATEWAY_UNAVAILABLE));
        }
    }

    /**
     * The customer is back from the e-wallet provider with its signed result. A return whose
     * signature does not verify with the gateway's key, that names another member's payment or
     * another amount, is refused and written down ({@link EwalletReturn#refused()}); the payment
     * stays as it was. An approval is recorded like a card approval (AUTHORIZED and queued, the
     * order paid once by {@link PaymentApprovalListener}); a cancel leaves the order payable; a
     * return sent again changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @RolesAllowed(Roles.CUSTOMER)
    public EwalletReturn ewalletReturn(long memberId, Map<String, String> parameters) {
        Map<String, String> fields = new HashMap<>(parameters);
        String signature = fields.remove(GatewayProtocol.RETURN_SIGNATURE);
        String reference = fields.get(GatewayProtocol.ORDER_REFERENCE);
        Optional<PaymentRecords.Owned> owned = reference == null || reference.length() > 40
                ? Optional.empty() : records.byReference(reference);
        if (owned.isEmpty() || owned.get().memberId() != memberId || owned.get().method() != PaymentMethod.E_WALLET) {
            LOG.warning(() -> "refused an e-wallet return for unknown or foreign reference " + reference
                    + " (member " + memberId + ")");
            return EwalletReturn.refusedReturn(null);
        }
        PaymentRecords.Snapshot payment = owned.get().payment();
        String by = "MEMBER:" + memberId;
        boolean genuine;
        try (var connection = GatewayRegistry.connect(gateways, registry.routeOf(payment.gatewayId()))) {
            genuine = connection.verifyReturn(fields, signature);
        } catch (ResourceException e) {
            LOG.log(Level.WARNING, "payment connector unavailable for the e-wallet return of " + reference, e);
            return new EwalletReturn(payment.slipNo(), PaymentOutcome.declined(PaymentOutcome.GATEWAY_UNAVAILABLE), false);
        }
        String amount = fields.get(GatewayProtocol.AMOUNT);
        if (!genuine || amount == null || !amount.matches("\\d{1,14}")
                || new java.math.BigDecimal(amount).compareTo(payment.amount()) != 0) {
            LOG.warning(() -> "refused a forged e-wallet return for " + reference + " (signature "
                    + (genuine ? "valid, amount " + amount + " <> " + payment.amount() : "invalid") + ")");
            records.log(payment.paymentId(), by, payment.status(), fields.get(GatewayProtocol.RESULT),
                    ReconciliationAction.UNRESOLVED, ReconciliationReason.FORGED_RETURN.detail(
                            genuine ? "amount " + amount : "signature does not verify"));
            return EwalletReturn.refusedReturn(payment.slipNo());
        }
        if (payment.status() != PaymentStatus.REQUESTED) {
            LOG.info(() -> "e-wallet return for " + reference + " sent again; payment is " + payment.status());
            return new EwalletReturn(payment.slipNo(), PaymentRecords.outcomeOf(payment.status(),
                    records.snapshotDeclineCode(payment.paymentId())).asRepeated(), false);
        }
        String gatewayName = fields.get(GatewayProtocol.GATEWAY_NAME);
        PaymentRecords.Attempt attempt = new PaymentRecords.Attempt(payment.paymentId(), payment.orderId(),
                payment.slipNo(), reference, payment.amount());
        if (GatewayProtocol.RESULT_APPROVED.equals(fields.get(GatewayProtocol.RESULT))) {
            CardApproval approval = new CardApproval(true, fields.get(GatewayProtocol.APPROVAL_NUMBER),
                    fields.get(GatewayProtocol.GATEWAY_TOKEN), null, null, gatewayName);
            if (approval.approvalNumber() == null || approval.gatewayToken() == null) {
                return new EwalletReturn(payment.slipNo(), takeBack(attempt, ReconciliationReason.NO_USABLE_ANSWER,
                        "e-wallet approval without number or token"), false);
            }
            return new EwalletReturn(payment.slipNo(), recordApproval(attempt, approval), false);
        }
        records.decline(payment.paymentId(), gatewayName, PaymentOutcome.EWALLET_CANCELLED);
        return new EwalletReturn(payment.slipNo(), PaymentOutcome.declined(PaymentOutcome.EWALLET_CANCELLED), false);
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

    private PaymentOutcome send(PaymentRecords.Attempt attempt, CardDetails card, GatewayRoute route) {
        CardApproval answer;
        try (var gateway = gateways.getConnection(route)) {
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
        return recordApproval(attempt, answer);
    }

    /**
     * Records an approval, then queues its completion; one that cannot be recorded is taken back.
     * When the queue cannot take it (the broker is away) the payment is completed here, in a
     * transaction of the database alone; should that fail too, the reconciliation completes it.
     */
    private PaymentOutcome recordApproval(PaymentRecords.Attempt attempt, CardApproval answer) {
        try {
            if (records.authorize(attempt.paymentId(), answer, LocalDateTime.now())) {
                if (!records.queueCompletion(attempt.paymentId())) {
                    completeWithoutQueue(attempt);
                }
                return PaymentOutcome.approvedOutcome();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "approval " + answer.approvalNumber() + " of " + attempt.reference()
                    + " could not be recorded: taking it back", e);
        }
        return takeBack(attempt, ReconciliationReason.NOT_RECORDED, "approval " + answer.approvalNumber());
    }

    private void completeWithoutQueue(PaymentRecords.Attempt attempt) {
        try {
            records.complete(attempt.paymentId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment " + attempt.paymentId() + " (" + attempt.reference()
                    + ") stays AUTHORIZED for the reconciliation", e);
        }
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
                        + " p.approvalNo, p.requestedAt, p.completedAt, p.reference, p.cancelledAt, p.interestFree) from Payment p"
                        + " where p.order.slipNo = :slip order by p.requestedAt, p.id", PaymentView.class)
                .setParameter("slip", slipNo)
                .getResultList();
    }
}
