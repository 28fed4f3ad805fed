package com.market25.payment;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardNumbers;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
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
import jakarta.resource.ResourceException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Card payment (PAY-01..03). The gateway is asked through the payment connector while the
 * customer waits, so a decline is answered at once; an approval is completed by
 * {@link PaymentApprovalListener} from the approvals queue, exactly once.
 */
@Stateless
public class PaymentDesk {

    private static final Logger LOG = Logger.getLogger(PaymentDesk.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.PAYMENT_GATEWAY)
    private PaymentGatewayConnectionFactory gateways;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    @EJB
    private OrderDesk orders;

    /**
     * Pays the customer's order by card. A declined card leaves the order in 주문접수 and
     * payable; the declined attempt is kept with its reason.
     */
    public PaymentOutcome payByCard(long memberId, String slipNo, CardDetails card) {
        Checks checks = new Checks();
        card.check(checks);
        checks.throwIfAny();

        CustomerOrder order = em.createQuery("select o from CustomerOrder o where o.slipNo = :slip",
                        CustomerOrder.class)
                .setParameter("slip", slipNo)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .filter(o -> o.getMember().getId() == memberId)
                .orElseThrow(() -> InvalidInputException.of("slipNo", "error.orderUnknown"));
        if (!order.isPayable() || hasPaymentUnderway(order.getId())) {
            return PaymentOutcome.declined(PaymentOutcome.NOT_PAYABLE);
        }

        LocalDateTime now = LocalDateTime.now();
        Payment payment = Payment.card(order, card, CardNumbers.mask(card.digits()), now);
        em.persist(payment);

        CardApproval answer;
        try (var gateway = gateways.getConnection()) {
            answer = gateway.approveCard(new CardApprovalRequest(order.getSlipNo(), order.getTotalAmount(),
                    card.company().name(), card.digits(), card.expiryYyMm(), card.installmentMonths()));
        } catch (GatewayException | ResourceException e) {
            LOG.log(Level.WARNING, "Gateway unavailable for slip " + slipNo, e);
            payment.decline(null, PaymentOutcome.GATEWAY_UNAVAILABLE);
            return PaymentOutcome.declined(PaymentOutcome.GATEWAY_UNAVAILABLE);
        }
        if (!answer.approved()) {
            payment.decline(answer.gatewayName(), answer.declineCode());
            return PaymentOutcome.declined(answer.declineCode());
        }
        payment.authorize(answer.gatewayName(), answer.approvalNumber(), answer.gatewayToken(),
                answer.maskedCardNumber(), now);
        em.flush();
        announceApproval(payment.getId());
        return PaymentOutcome.approvedOutcome();
    }

    /**
     * Completes an authorized payment and marks its order 입금완료. Returns false, changing
     * nothing, when the payment was completed before: a redelivered message is harmless.
     */
    public boolean complete(long paymentId) {
        int changed = em.createQuery("update Payment p set p.status = :approved, p.completedAt = :now"
                        + " where p.id = :id and p.status = :authorized")
                .setParameter("approved", PaymentStatus.APPROVED)
                .setParameter("authorized", PaymentStatus.AUTHORIZED)
                .setParameter("now", LocalDateTime.now())
                .setParameter("id", paymentId)
                .executeUpdate();
        if (changed == 0) {
            return false;
        }
        Object[] row = em.createQuery("select p.order.id, p.gatewayName from Payment p where p.id = :id",
                        Object[].class)
                .setParameter("id", paymentId)
                .getSingleResult();
        orders.markPaid((Long) row[0], "PG:" + row[1]);
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaymentView> paymentsOf(String slipNo) {
        return em.createQuery("select new com.market25.payment.PaymentView(p.id, p.method, p.payerName,"
                        + " p.cardCompany, p.maskedCardNo, p.installmentMonths, p.amount, p.status, p.declineCode,"
                        + " p.approvalNo, p.requestedAt, p.completedAt) from Payment p"
                        + " where p.order.slipNo = :slip order by p.requestedAt, p.id", PaymentView.class)
                .setParameter("slip", slipNo)
                .getResultList();
    }

    private boolean hasPaymentUnderway(long orderId) {
        return em.createQuery("select count(p) from Payment p where p.order.id = :order and p.status in :busy",
                        Long.class)
                .setParameter("order", orderId)
                .setParameter("busy", List.of(PaymentStatus.AUTHORIZED, PaymentStatus.APPROVED))
                .getSingleResult() > 0;
    }

    // Sent in the same XA transaction as the AUTHORIZED row: both happen or neither does.
    private void announceApproval(long paymentId) {
        try (JMSContext context = jms.createContext()) {
            var message = context.createMessage();
            message.setLongProperty(PaymentApprovalListener.PAYMENT_ID, paymentId);
            context.createProducer().send(context.createQueue(Queues.PAYMENT_APPROVALS), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("cannot queue approval of payment " + paymentId, e);
        }
    }
}
