package com.market25.payment;

import jakarta.annotation.security.PermitAll;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.PayableOrder;
import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardNumbers;
import com.market25.payment.gateway.CardStatus;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every change of a payment row, each its own short transaction (the gateway is never called
 * inside one): open an attempt, record the gateway's answer, claim and record a cancel, complete.
 * Each change locks the row and checks its status first, so two servers, a redelivered message
 * and the reconciliation job can race and still change a payment once. What the reconciliation
 * and the checkout's net cancel decide is written to {@code payment_reconciliation}.
 */
@Stateless
@PermitAll
public class PaymentRecords {

    private static final Logger LOG = Logger.getLogger(PaymentRecords.class.getName());

    /** An attempt the gateway is to be asked about. */
    public record Attempt(long paymentId, long orderId, String slipNo, String reference, BigDecimal amount) {
    }

    /** Either an attempt to send, or the outcome to show at once (refused, or a form sent again). */
    public record Opened(Attempt attempt, PaymentOutcome outcome) {
    }

    /** Where a payment stands now. */
    public record Snapshot(long paymentId, long orderId, String slipNo, String reference, BigDecimal amount,
            PaymentStatus status, String approvalNo, String gatewayName, Long gatewayId) {
    }

    /** What {@link #completeAsReported} found. */
    public enum Completion { COMPLETED, ALREADY_CLOSED, ORDER_NOT_WAITING }

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    @EJB
    private InstallmentPlans installments;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    /**
     * Opens a payment attempt of the member's order: the order is locked, a form sent again finds
     * its earlier attempt, a paid or cancelled order (or one with a payment underway) is refused,
     * and so is a sixth attempt within the hour. Otherwise the payment row is written in
     * REQUESTED with its gateway reference and the order is held until the attempt ends.
     */
    public Opened open(long memberId, String slipNo, CardDetails card, String requestKey, LocalDateTime now,
            long gatewayId) {
        return open(memberId, slipNo, requestKey, now, (order, reference) -> {
            // the order's amount decides whether installments may be chosen (InstallmentRule)
            SortedMap<Integer, Boolean> plan = installments.planOf(card.company(), now.toLocalDate());
            InstallmentRule.refusal(order.totalAmount(), card.installmentMonths(), plan).ifPresent(key -> {
                throw InvalidInputException.of("installmentMonths", key);
            });
            return Payment.card(em.getReference(CustomerOrder.class, order.orderId()), order.totalAmount(),
                    card, CardNumbers.mask(card.digits()), reference, requestKey, now, gatewayId,
                    InstallmentRule.interestFree(card.installmentMonths(), plan));
        });
    }

    /** Opens an e-wallet attempt (간편결제) of the member's order, like a card attempt. */
    public Opened openEwallet(long memberId, String slipNo, String payerName, String requestKey, LocalDateTime now,
            long gatewayId) {
        return open(memberId, slipNo, requestKey, now, (order, reference) -> Payment.ewallet(
                em.getReference(CustomerOrder.class, order.orderId()), order.totalAmount(), payerName, reference,
                requestKey, now, gatewayId));
    }

    private Opened open(long memberId, String slipNo, String requestKey, LocalDateTime now,
            java.util.function.BiFunction<PayableOrder, String, Payment> attempt) {
        Optional<PayableOrder> payable = orders.lockForPayment(memberId, slipNo);
        Optional<Payment> earlier = em.createQuery("select p from Payment p join fetch p.order o"
                        + " where p.requestKey = :key", Payment.class)
                .setParameter("key", requestKey)
                .getResultStream()
                .findFirst();
        if (earlier.isPresent()) {
            if (!earlier.get().getOrder().getSlipNo().equals(slipNo)) {
                throw InvalidInputException.of("requestKey", "error.formKey");
            }
            return new Opened(null, outcomeOf(earlier.get().getStatus(), earlier.get().getDeclineCode()).asRepeated());
        }
        if (payable.isEmpty()) {
            return new Opened(null, PaymentOutcome.declined(PaymentOutcome.NOT_PAYABLE));
        }
        PayableOrder order = payable.get();
        List<LocalDateTime> attempts = em.createQuery("select p.requestedAt from Payment p where p.order.id = :order",
                        LocalDateTime.class)
                .setParameter("order", order.orderId())
                .getResultList();
        long recent = attempts.stream().filter(t -> t.isAfter(PayAttemptLimit.windowStart(now))).count();
        if (!PayAttemptLimit.allows(recent)) {
            return new Opened(null, PaymentOutcome.declined(PaymentOutcome.TOO_MANY_ATTEMPTS));
        }
        // attempts of one order are numbered under its row lock: the reference is unique
        String reference = order.slipNo() + "-" + (attempts.size() + 1);
        Payment payment = attempt.apply(order, reference);
        em.persist(payment);
        orders.holdForPayment(order.orderId());
        em.flush();
        return new Opened(new Attempt(payment.getId(), order.orderId(), order.slipNo(), reference,
                order.totalAmount()), null);
    }

    /** The outcome a payment in this status means for the customer. */
    static PaymentOutcome outcomeOf(PaymentStatus status, String declineCode) {
        return switch (status) {
            case AUTHORIZED, APPROVED -> PaymentOutcome.approvedOutcome();
            case DECLINED -> PaymentOutcome.declined(declineCode);
            case CANCELLED -> PaymentOutcome.declined(PaymentOutcome.NET_CANCELLED);
            case REQUESTED, CANCELLING, WAITING_FOR_DEPOSIT -> PaymentOutcome.underway();
        };
    }

    /**
     * Records an approval ({@code AUTHORIZED}), in a transaction of the database alone: a broker
     * that dies at that moment cannot hold the customer's request in a two-phase commit. The
     * completion is queued after it ({@link #queueCompletion}). Fields the row cannot hold make it
     * fail like any other failure of this transaction: the caller then takes the approval back.
     *
     * @return false when the attempt is no longer waiting for its answer (nothing changed)
     */
    public boolean authorize(long paymentId, CardApproval approval, LocalDateTime now) {
        requireFits("gatewayName", approval.gatewayName(), 40);
        requireFits("approvalNumber", approval.approvalNumber(), 20);
        requireFits("gatewayToken", approval.gatewayToken(), 80);
        requireFits("maskedCardNumber", approval.maskedCardNumber(), 25);
        Payment payment = locked(paymentId);
        if (payment.getStatus() != PaymentStatus.REQUESTED) {
            return false;
        }
        payment.authorize(approval.gatewayName(), approval.approvalNumber(), approval.gatewayToken(),
                approval.maskedCardNumber(), now);
        em.flush();
        return true;
    }

    /**
     * Puts an authorized payment on {@code market25.payment.approvals}, outside any transaction,
     * so a broker that went away costs at most the client's call timeout. A completion that cannot
     * be queued is not lost: the payment stays {@code AUTHORIZED} for the caller to complete at
     * once, or the reconciliation after its grace ({@link PaymentReconciliation}); a message that
     * arrives after that is harmless ({@link #complete} changes a payment once).
     *
     * @return false when the message could not be queued (written to the log)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean queueCompletion(long paymentId) {
        try (JMSContext context = jms.createContext()) {
            var message = context.createMessage();
            message.setLongProperty(PaymentApprovalListener.PAYMENT_ID, paymentId);
            context.createProducer().send(context.createQueue(Queues.PAYMENT_APPROVALS), message);
            return true;
        } catch (jakarta.jms.JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "completion of payment " + paymentId + " not queued", e);
            return false;
        }
    }

    /** Records a decline (or a refusal that never reached the gateway); the order is payable again. */
    public boolean decline(long paymentId, String gatewayName, String code) {
        Payment payment = locked(paymentId);
        if (payment.getStatus() != PaymentStatus.REQUESTED) {
            return false;
        }
        payment.decline(gatewayName, code);
        orders.releasePaymentHold(payment.getOrder().getId());
        return true;
    }

    /**
     * The shop decides to take the attempt's approval back. Only one caller gets the claim: it
     * then cancels at the gateway and records {@link #cancelled}.
     */
    public boolean claimCancel(long paymentId, Set<PaymentStatus> from) {
        Payment payment = locked(paymentId);
        if (!from.contains(payment.getStatus())) {
            return false;
        }
        payment.claimCancel();
        return true;
    }

    /**
     * The gateway confirmed that nothing stays approved for this attempt: CANCELLED, the order
     * payable again (if it still waits), and the decision written down.
     */
    public void cancelled(long paymentId, String by, PaymentStatus found, String gatewayState, String detail) {
        Payment payment = locked(paymentId);
        if (payment.getStatus().isOpen()) {
            payment.cancelled(LocalDateTime.now());
            orders.releasePaymentHold(payment.getOrder().getId());
        }
        log(paymentId, by, found, gatewayState, ReconciliationAction.CANCELLED, detail);
    }

    /** Completes an authorized payment and marks its order 입금완료, exactly once (PAY-03). */
    public boolean complete(long paymentId) {
        Payment payment = locked(paymentId);
        if (payment.getStatus() != PaymentStatus.AUTHORIZED) {
            return false;
        }
        payment.approve(LocalDateTime.now());
        orders.markPaid(payment.getOrder().getId(), "PG:" + payment.getGatewayName());
        return true;
    }

    /**
     * Completes an open attempt from what the gateway reports (its answer or its queue message
     * was lost), if the order still waits for it.
     */
    public Completion completeAsReported(long paymentId, CardStatus reported, String by) {
        Payment payment = locked(paymentId);
        PaymentStatus found = payment.getStatus();
        if (found != PaymentStatus.REQUESTED && found != PaymentStatus.AUTHORIZED) {
            return Completion.ALREADY_CLOSED;
        }
        long orderId = payment.getOrder().getId();
        if (!orders.awaitsPayment(orderId)) {
            return Completion.ORDER_NOT_WAITING;
        }
        requireFits("approvalNumber", reported.approvalNumber(), 20);
        requireFits("gatewayToken", reported.gatewayToken(), 80);
        payment.approveAsReported(reported.gatewayName(), reported.approvalNumber(), reported.gatewayToken(),
                reported.maskedCardNumber(), LocalDateTime.now());
        orders.markPaid(orderId, "PG:" + reported.gatewayName());
        log(paymentId, by, found, reported.state().name(), ReconciliationAction.COMPLETED,
                ReconciliationReason.REPORTED_APPROVED.detail("approval " + reported.approvalNumber()));
        return Completion.COMPLETED;
    }

    /** The gateway reports a decline for an attempt whose answer never got recorded. */
    public boolean declineAsReported(long paymentId, CardStatus reported, String by) {
        Payment payment = locked(paymentId);
        PaymentStatus found = payment.getStatus();
        if (found != PaymentStatus.REQUESTED) {
            return false;
        }
        payment.decline(reported.gatewayName(), reported.declineCode());
        orders.releasePaymentHold(payment.getOrder().getId());
        log(paymentId, by, found, reported.state().name(), ReconciliationAction.DECLINED,
                ReconciliationReason.REPORTED_DECLINED.detail(reported.declineCode()));
        return true;
    }

    /** Writes down a decision about a payment (in the caller's transaction, or its own). */
    public void log(long paymentId, String by, PaymentStatus found, String gatewayState, ReconciliationAction action,
            String detail) {
        em.createNativeQuery("insert into payment_reconciliation (payment_id, checked_at, checked_by, found_status,"
                        + " gateway_state, action, detail) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, paymentId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(3, truncate(by, 60))
                .setParameter(4, found.name())
                .setParameter(5, gatewayState)
                .setParameter(6, action.name())
                .setParameter(7, truncate(detail, 300))
                .executeUpdate();
    }

    /** Whether the payment was written down as unresolved within the last {@code minutes}. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean unresolvedRecently(long paymentId, int minutes) {
        return ((Number) em.createNativeQuery("select count(*) from payment_reconciliation where payment_id = ?1"
                        + " and action = 'UNRESOLVED' and checked_at > ?2")
                .setParameter(1, paymentId)
                .setParameter(2, Timestamp.valueOf(LocalDateTime.now().minusMinutes(minutes)))
                .getSingleResult()).longValue() > 0;
    }

    /** The decline code of a payment (for the outcome of a return sent again). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String snapshotDeclineCode(long paymentId) {
        return em.find(Payment.class, paymentId).getDeclineCode();
    }

    /** The payment the gateway knows by this reference, with the member whose order it pays. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Owned> byReference(String reference) {
        return em.createQuery("select p from Payment p join fetch p.order o join fetch o.member where p.reference = :ref", Payment.class)
                .setParameter("ref", reference)
                .getResultStream()
                .findFirst()
                .map(p -> new Owned(snapshotOf(p), p.getOrder().getMember().getId(), p.getMethod()));
    }

    /** A payment with the member who owns its order. */
    public record Owned(Snapshot payment, long memberId, PaymentMethod method) {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Snapshot snapshot(long paymentId) {
        Payment p = em.createQuery("select p from Payment p join fetch p.order where p.id = :id", Payment.class)
                .setParameter("id", paymentId)
                .getSingleResult();
        return snapshotOf(p);
    }

    /**
     * Open payments (REQUESTED, AUTHORIZED, CANCELLING) requested before {@code before}, oldest
     * first: what the reconciliation follows up, and what the admin screen lists as stuck. An
     * e-wallet payment still REQUESTED is the customer on the provider's page: it counts only
     * when requested before {@code ewalletBefore}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Snapshot> openBefore(LocalDateTime before, LocalDateTime ewalletBefore, int limit) {
        return em.createQuery("select p from Payment p join fetch p.order where p.status in :open"
                        + " and p.requestedAt < :before and (p.method <> :ewallet or p.status <> :requested"
                        + " or p.requestedAt < :ewalletBefore) order by p.requestedAt, p.id", Payment.class)
                .setParameter("open", PaymentStatus.OPEN)
                .setParameter("before", before)
                .setParameter("ewallet", PaymentMethod.E_WALLET)
                .setParameter("requested", PaymentStatus.REQUESTED)
                .setParameter("ewalletBefore", ewalletBefore)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(PaymentRecords::snapshotOf)
                .toList();
    }

    /** The open payments the admin screen shows, with their age. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OpenPayment> openPayments(int limit) {
        return em.createQuery("select new com.market25.payment.OpenPayment(p.id, o.slipNo, p.reference, p.status,"
                        + " p.amount, p.requestedAt, p.authorizedAt, p.approvalNo, p.gatewayName)"
                        + " from Payment p join p.order o where p.status in :open order by p.requestedAt, p.id",
                        OpenPayment.class)
                .setParameter("open", PaymentStatus.OPEN)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The latest decisions of the reconciliation and of net cancels, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReconciliationEntry> recentDecisions(int limit) {
        List<Object[]> rows = em.createNativeQuery("select r.id, r.payment_id, o.slip_no, p.reference, r.checked_at,"
                        + " r.checked_by, r.found_status, r.gateway_state, r.action, r.detail"
                        + " from payment_reconciliation r join payment p on p.id = r.payment_id"
                        + " join customer_order o on o.id = p.order_id order by r.id desc")
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new ReconciliationEntry(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], toDateTime(r[4]), (String) r[5],
                PaymentStatus.valueOf((String) r[6]), (String) r[7], ReconciliationAction.valueOf((String) r[8]),
                ReconciliationReason.ofDetail((String) r[9]), ReconciliationReason.noteOf((String) r[9]))).toList();
    }

    private static LocalDateTime toDateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return (LocalDateTime) value;
    }

    private static Snapshot snapshotOf(Payment p) {
        return new Snapshot(p.getId(), p.getOrder().getId(), p.getOrder().getSlipNo(), p.getReference(),
                p.getAmount(), p.getStatus(), p.getApprovalNo(), p.getGatewayName(), p.getGatewayId());
    }

    private Payment locked(long paymentId) {
        Payment payment = em.find(Payment.class, paymentId, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new IllegalArgumentException("no payment " + paymentId);
        }
        return payment;
    }

    private static void requireFits(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalStateException("gateway " + what + " longer than " + max + " characters cannot be stored");
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
