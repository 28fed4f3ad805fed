package com.market25.payment;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Approves deposit notifications in batches from the deposits queue (PAY-03, {@link DepositBatch}).
 * Delivery and database share one XA transaction: a failed batch rolls both back and the broker
 * retries with back-off; a redelivered message decides its own notification alone, and after the
 * last attempt the broker moves it to {@link Queues#DEPOSIT_DEAD_LETTERS}.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.DEPOSIT_NOTIFICATIONS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class DepositApprovalListener implements MessageListener {

    @EJB
    private DepositBatch batch;

    @Override
    public void onMessage(Message message) {
        try {
            batch.approve(message.getLongProperty(DepositInbox.NOTIFICATION_ROW), message.getJMSRedelivered());
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable deposit notification message", e);
        }
    }
}
