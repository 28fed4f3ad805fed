package com.market25.campaign.channel;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Sends campaign e-mail (MKT-05): each queue message names up to 50 email_message rows
 * ({@link EmailDesk}); {@link EmailSending} sends those still queued over one SMTP connection.
 * Sending is mostly waiting for the SMTP server's answers, so eight sessions send at once.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.EMAIL_OUTBOUND),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8"),
    // no prefetch: one session would otherwise buffer most of a campaign's batches and send them alone
    @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class EmailOutboundListener implements MessageListener {

    @EJB
    private EmailSending sending;

    @Override
    public void onMessage(Message message) {
        try {
            sending.send(SmsOutboundListener.ids(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable e-mail outbound message", e);
        }
    }
}
