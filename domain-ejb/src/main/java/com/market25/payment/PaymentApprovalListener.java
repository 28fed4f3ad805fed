package com.market25.payment;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Completes approved card payments from the approvals queue (PAY-03). The delivery and the
 * database change share one XA transaction; a failure rolls both back and the broker retries
 * with back-off, then dead-letters.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.PAYMENT_APPROVALS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class PaymentApprovalListener implements MessageListener {

    static final String PAYMENT_ID = "paymentId";

    @EJB
    private PaymentDesk payments;

    @Override
    public void onMessage(Message message) {
        try {
            payments.complete(message.getLongProperty(PAYMENT_ID));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable approval message", e);
        }
    }
}
