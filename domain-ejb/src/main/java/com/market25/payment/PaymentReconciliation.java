package com.market25.payment;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.market25.infrastructure.ContainerResources;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * 결제 대사 (payment reconciliation): every minute, on every server, payments still open after
 * {@link #grace()} (REQUESTED: the shop crashed between request and answer; AUTHORIZED: the
 * completion message went to the dead-letter queue or was never sent; CANCELLING: a cancel the
 * gateway never confirmed) are settled with the gateway: the status inquiry says what happened,
 * and the payment is completed (order 입금완료) or its approval cancelled, declined, or left for
 * the next run when the gateway cannot be asked. Every decision is a row in
 * {@code payment_reconciliation}; staff see them and can run the job at once on 결제 대사.
 * Two servers may both look at a payment: each change locks the row and checks its status, and
 * cancels are claimed, so a payment is settled once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentReconciliation {

    /** {@code checked_by} of the timer's decisions. */
    public static final String SYSTEM = "SYSTEM:reconciliation";
    public static final String PROPERTY = "market25.payment.reconcile.after.seconds";
    public static final String ENVIRONMENT = "MARKET25_PAYMENT_RECONCILE_AFTER_SECONDS";
    /** Longer than a request (15 s), its net cancel and the queue's five redeliveries take. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(2);
    static final int BATCH = 200;
    /**
     * How long a customer may stay on the e-wallet provider's page (log-in, authentication, a
     * card choice) before the open payment is inquired and closed: longer than a card's grace.
     */
    public static final Duration EWALLET_SESSION = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @EJB
    private PaymentRecords records;

    @EJB
    private NetCancel netCancel;

    @EJB
    private GatewayRegistry registry;

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false, info = "payment reconciliation")
    void everyMinute() {
        ReconciliationSummary summary = run(SYSTEM);
        if (summary.checked() > 0) {
            LOG.info(() -> "payment reconciliation: " + summary.checked() + " open payment(s), " + summary.actions());
        }
    }

    /** Runs the reconciliation now, as staff ask for it on 결제 대사 (decisions recorded with their login). */
    @RolesAllowed({Roles.ADMIN, Roles.SETTLEMENT})
    public ReconciliationSummary run(String by) {
        LocalDateTime now = LocalDateTime.now();
        Duration grace = grace();
        List<PaymentRecords.Snapshot> open = records.openBefore(now.minus(grace),
                now.minus(grace.compareTo(EWALLET_SESSION) > 0 ? grace : EWALLET_SESSION), BATCH);
        Map<ReconciliationAction, Integer> actions = new EnumMap<>(ReconciliationAction.class);
        for (PaymentRecords.Snapshot payment : open) {
            ReconciliationAction action;
            try {
                action = settle(payment, by);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "reconciliation of payment " + payment.paymentId() + " failed", e);
                action = ReconciliationAction.UNRESOLVED;
            }
            if (action != null) {
                actions.merge(action, 1, Integer::sum);
            }
        }
        return new ReconciliationSummary(now, by, open.size(), actions);
    }

    /** How long a payment may stay open before the job settles it (configurable, in seconds). */
    public static Duration grace() {
        return grace(System::getProperty, System::getenv);
    }

    static Duration grace(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.apply(ENVIRONMENT);
        }
        try {
            long seconds = Long.parseLong(value == null ? "" : value.trim());
            return seconds >= 30 && seconds <= 86_400 ? Duration.ofSeconds(seconds) : DEFAULT_GRACE;
        } catch (NumberFormatException e) {
            return DEFAULT_GRACE;
        }
    }

    /** @return what was done, or null when the payment had been settled meanwhile */
    private ReconciliationAction settle(PaymentRecords.Snapshot payment, String by) {
        CardStatus reported;
        try (var gateway = GatewayRegistry.connect(gateways, registry.routeOf(payment.gatewayId()))) {
            reported = gateway.inquire(payment.reference());
        } catch (GatewayException | ResourceException e) {
            unresolved(payment, by, ReconciliationReason.GATEWAY_NOT_ASKED.detail(e.getMessage()));
            return ReconciliationAction.UNRESOLVED;
        }
        String said = reported.state().name();
        if (payment.status() == PaymentStatus.CANCELLING) {
            return cancel(payment, said, by, ReconciliationReason.CANCEL_NOT_CONFIRMED, null);
        }
        return switch (reported.state()) {
            case APPROVED -> {
                if (reported.amount() == null || reported.amount().compareTo(payment.amount()) != 0) {
                    yield cancel(payment, said, by, ReconciliationReason.AMOUNT_DIFFERS,
                            reported.amount() + " <> " + payment.amount());
                }
                yield switch (records.completeAsReported(payment.paymentId(), reported, by)) {
                    case COMPLETED -> ReconciliationAction.COMPLETED;
                    case ALREADY_CLOSED -> null;
                    case ORDER_NOT_WAITING -> cancel(payment, said, by, ReconciliationReason.ORDER_NOT_WAITING, null);
                };
            }
            case DECLINED -> payment.status() == PaymentStatus.REQUESTED
                    ? (records.declineAsReported(payment.paymentId(), reported, by) ? ReconciliationAction.DECLINED : null)
                    : cancel(payment, said, by, ReconciliationReason.REPORTED_DECLINED, null);
            case NOT_FOUND -> cancel(payment, said, by, ReconciliationReason.NEVER_REACHED, null);
            case CANCELLED -> cancel(payment, said, by, ReconciliationReason.REPORTED_CANCELLED, null);
        };
    }

    private ReconciliationAction cancel(PaymentRecords.Snapshot payment, String reported, String by,
            ReconciliationReason reason, String note) {
        return switch (netCancel.takeBack(payment.paymentId(), payment.reference(), payment.amount(), payment.status(),
                reported, EnumSet.of(PaymentStatus.REQUESTED, PaymentStatus.AUTHORIZED, PaymentStatus.CANCELLING), by, reason,
                note)) {
            case CANCELLED -> ReconciliationAction.CANCELLED;
            case KEPT -> null;
            case LEFT_OPEN -> ReconciliationAction.UNRESOLVED;
        };
    }

    /** Written down at most every ten minutes per payment, so a long gateway outage stays readable. */
    private void unresolved(PaymentRecords.Snapshot payment, String by, String detail) {
        LOG.warning(() -> "payment " + payment.paymentId() + " (" + payment.reference() + ") left open: " + detail);
        try {
            if (!SYSTEM.equals(by) || !records.unresolvedRecently(payment.paymentId(), 10)) {
                records.log(payment.paymentId(), by, payment.status(), null, ReconciliationAction.UNRESOLVED, detail);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot write down an unresolved payment", e);
        }
    }
}
