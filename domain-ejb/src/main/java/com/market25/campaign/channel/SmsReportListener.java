package com.market25.campaign.channel;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Records the SMS gateway's delivery reports (MKT-06), a batch per message, each once. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.SMS_REPORTS),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class SmsReportListener implements MessageListener {

    @EJB
    private SmsReports reports;

    @Override
    public void onMessage(Message message) {
        try {
            reports.record(SmsReports.parse(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable SMS report message", e);
        }
    }
}
