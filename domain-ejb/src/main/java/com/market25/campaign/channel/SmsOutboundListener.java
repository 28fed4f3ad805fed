package com.market25.campaign.channel;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Hands queued text messages to the SMS gateway (MKT-06): each queue message names up to 500
 * sms_message rows ({@link SmsDesk}); {@link SmsSubmission} claims those not yet submitted and
 * submits them, in this listener's XA transaction.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.SMS_OUTBOUND),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class SmsOutboundListener implements MessageListener {

    @EJB
    private SmsSubmission submission;

    @Override
    public void onMessage(Message message) {
        try {
            submission.submit(ids(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable SMS outbound message", e);
        }
    }

    static List<Long> ids(String body) {
        List<Long> ids = new ArrayList<>();
        for (String id : body.split(",")) {
            if (!id.isBlank()) {
                ids.add(Long.parseLong(id.strip()));
            }
        }
        return ids;
    }
}
