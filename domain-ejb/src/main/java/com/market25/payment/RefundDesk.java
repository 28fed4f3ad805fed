package com.market25.payment;

import com.market25.infrastructure.ContainerResources;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardPartialCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refunds through the gateway (ORD-01 환불): the refund row is committed (REQUESTED, with its
 * cancel id) before the gateway is asked, the gateway is asked outside any transaction, and the
 * answer is recorded in a transaction of its own. The gateway cancels once per cancel id, so a
 * second ask (double click, retry after no answer, staff's 재시도) never takes back more.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundDesk {

    /** {@code completed_by} of refunds the gateway confirmed. */
    public static final String GATEWAY = "PG";

    private static final Logger LOG = Logger.getLogger(RefundDesk.class.getName());

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @EJB
    private RefundRecords records;

    @EJB
    private GatewayRegistry registry;

    /**
     * Asks the gateway to give a REQUESTED refund back, and records the answer.
     *
     * @return whether the refund is DONE now
     */
    @PermitAll
    public boolean send(long refundId) {
        Optional<RefundRecords.GatewayCancel> cancel = records.toSend(refundId);
        if (cancel.isEmpty()) {
            return records.isDone(refundId);
        }
        RefundRecords.GatewayCancel c = cancel.get();
        String result;
        // the gateway that approved the payment takes it back (PAY-01 registry)
        try (var gateway = GatewayRegistry.connect(gateways, registry.routeOf(c.gatewayId()))) {
            if (c.method() == RefundMethod.CARD_CANCEL) {
                var answer = gateway.cancelApproval(new CardCancellationRequest(c.reference(), c.approvedAmount(), c.reason()));
                result = (answer.approvalExisted() ? "CANCELLED " : "NOT_APPROVED ") + answer.approvalNumber();
            } else {
                var answer = gateway.cancelPart(new CardPartialCancellationRequest(c.reference(), c.cancelId(), c.amount(),
                        c.reason()));
                result = "PARTIAL " + answer.cancelledAmount().toPlainString() + ", remaining "
                        + answer.remainingAmount().toPlainString() + (answer.repeated() ? " (repeated)" : "");
            }
        } catch (GatewayException | ResourceException e) {
            LOG.log(Level.WARNING, "refund " + refundId + " (" + c.reference() + ") not confirmed by the gateway", e);
            records.note(refundId, "not confirmed: " + e.getMessage());
            return false;
        }
        records.done(refundId, GATEWAY, result);
        return true;
    }

    /** Staff paid a bank refund out (환불 지급 완료). False when it was done before. */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS})
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean paidOut(long refundId, String staffLogin) {
        return records.done(refundId, staffLogin, "BANK PAID OUT");
    }

    /**
     * What the gateway says of the order's approved payment now (approved, cancelled, what
     * remains approved), for staff and tests; empty when the order has no gateway payment.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ORDERS, Roles.SETTLEMENT, Roles.READONLY})
    public Optional<GatewayBalance> gatewayStatus(long orderId) {
        Optional<Payment> payment = records.gatewayPaymentOf(orderId);
        if (payment.isEmpty()) {
            return Optional.empty();
        }
        try (var gateway = GatewayRegistry.connect(gateways, registry.routeOf(payment.get().getGatewayId()))) {
            CardStatus s = gateway.inquire(payment.get().getReference());
            return Optional.of(new GatewayBalance(s.orderReference(), s.state().name(),
                    s.amount() == null ? java.math.BigDecimal.ZERO : s.amount(),
                    s.cancelledAmount() == null ? java.math.BigDecimal.ZERO : s.cancelledAmount(), s.remainingAmount()));
        } catch (GatewayException | ResourceException e) {
            LOG.log(Level.WARNING, "cannot ask the gateway about order " + orderId, e);
            return Optional.empty();
        }
    }
}
