package com.market25.payment;

import com.market25.infrastructure.Queues;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Takes deposit notifications that failed every delivery off the dead-letter queue and marks
 * them DEAD, so the back office lists them (결제 &gt; 입금 통보) for staff to replay or resolve.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.DEPOSIT_DEAD_LETTERS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@PermitAll
public class DeadDepositListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadDepositListener.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Override
    public void onMessage(Message message) {
        long rowId;
        try {
            rowId = message.getLongProperty(DepositInbox.NOTIFICATION_ROW);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable dead deposit notification message", e);
        }
        int marked = em.createNativeQuery("update deposit_notification set status = 'DEAD', dead_at = ?1"
                        + " where id = ?2 and status = 'RECEIVED'")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now()))
                .setParameter(2, rowId)
                .executeUpdate();
        if (marked == 1) {
            LOG.warning(() -> "deposit notification row " + rowId + " failed every delivery: dead-lettered for staff");
        }
    }
}
