package com.market25.campaign;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Sends campaign e-mail from the dispatch queue, one message per recipient (MKT-05). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.EMAIL_DISPATCH),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class EmailDispatchListener implements MessageListener {

    static final String CAMPAIGN_ID = "campaignId";
    static final String MEMBER_ID = "memberId";

    @EJB
    private EmailDelivery delivery;

    @Override
    public void onMessage(Message message) {
        try {
            delivery.deliver(message.getLongProperty(CAMPAIGN_ID), message.getLongProperty(MEMBER_ID));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable dispatch message", e);
        }
    }
}
