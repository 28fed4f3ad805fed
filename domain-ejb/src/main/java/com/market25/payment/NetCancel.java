package com.market25.payment;

import jakarta.annotation.security.PermitAll;
import com.market25.infrastructure.ContainerResources;
import com.market25.payment.gateway.CardCancellation;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.math.BigDecimal;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes an approval back at the gateway (망취소) so that no approval outlives the shop's record
 * of it: claim the payment (CANCELLING, so nobody completes it meanwhile), ask the gateway to
 * cancel, record CANCELLED. The gateway is called outside any transaction. If the gateway does
 * not confirm, the payment stays open and the reconciliation job finishes the cancel.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class NetCancel {

    /** How a take-back ended. */
    public enum Result {
        /** Nothing stays approved for the attempt. */
        CANCELLED,
        /** The shop's record holds the approval after all (recorded meanwhile): nothing was cancelled. */
        KEPT,
        /** The gateway did not confirm: the payment stays open for the reconciliation. */
        LEFT_OPEN
    }

    private static final Logger LOG = Logger.getLogger(NetCancel.class.getName());

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @EJB
    private PaymentRecords records;

    @EJB
    private GatewayRegistry registry;

    /**
     * @param found the payment's status when the caller decided (what the decision log shows)
     * @param reported what the gateway's status inquiry said, if the caller asked (else the
     *        cancel's own answer is written down)
     * @param claimFrom the statuses the payment may be claimed from
     * @param note a technical note for the decision log (may be null)
     */
    public Result takeBack(long paymentId, String reference, BigDecimal amount, PaymentStatus found,
            String reported, Set<PaymentStatus> claimFrom, String by, ReconciliationReason reason, String note) {
        boolean claimed = false;
        boolean recordUnknown = false;
        try {
            claimed = records.claimCancel(paymentId, claimFrom);
        } catch (RuntimeException e) {
            // the database did not answer: the approval is taken back all the same
            LOG.log(Level.WARNING, "cannot claim payment " + paymentId + " for cancelling; cancelling anyway", e);
            recordUnknown = true;
        }
        if (!claimed && !recordUnknown) {
            PaymentStatus now = records.snapshot(paymentId).status();
            if (now.holdsApproval()) {
                return Result.KEPT;
            }
            // CANCELLING from an earlier try, or DECLINED/CANCELLED: make the gateway agree
        }
        CardCancellation cancellation;
        // the gateway that served the payment, even if it was disabled since
        try (var gateway = GatewayRegistry.connect(gateways, routeOf(paymentId))) {
            cancellation = gateway.cancelApproval(new CardCancellationRequest(reference, amount, reason.name()));
        } catch (GatewayException | ResourceException e) {
            LOG.log(Level.WARNING, "cancel of " + reference + " not confirmed by the gateway;"
                    + " the reconciliation job will finish it", e);
            tryLog(paymentId, by, found, reported, reason.detail("cancel not confirmed: " + e.getMessage()));
            return Result.LEFT_OPEN;
        }
        String detail = reason.detail((cancellation.approvalExisted()
                ? "approval " + cancellation.approvalNumber() + " cancelled"
                : "nothing approved, reference closed") + (note == null ? "" : "; " + note));
        try {
            records.cancelled(paymentId, by, found, reported != null ? reported
                    : cancellation.approvalExisted() ? "CANCELLED" : "NOT_APPROVED", detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment " + paymentId + " cancelled at the gateway but not recorded;"
                    + " the reconciliation job will record it", e);
        }
        LOG.info(() -> "payment " + paymentId + " (" + reference + "): " + detail);
        return Result.CANCELLED;
    }

    private java.util.Optional<com.market25.payment.gateway.GatewayRoute> routeOf(long paymentId) {
        try {
            return registry.routeOf(records.snapshot(paymentId).gatewayId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the gateway of payment " + paymentId + "; asking the default", e);
            return java.util.Optional.empty();
        }
    }

    private void tryLog(long paymentId, String by, PaymentStatus found, String reported, String detail) {
        try {
            records.log(paymentId, by, found, reported, ReconciliationAction.UNRESOLVED, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot write down the unresolved cancel of payment " + paymentId, e);
        }
    }
}
