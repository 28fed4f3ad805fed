package com.market25.campaign.dispatch;

import com.market25.infrastructure.Queues;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.ArrayList;
import java.util.List;

/** Takes one batch of a channel project ({@code projectId;customerId,customerId,…}) to {@link ProjectBatch}. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Queues.RESOURCE_ADAPTER),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.CAMPAIGN_DISPATCH),
    @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2"),
    // no prefetch: both sessions take batches instead of one buffering them all
    @ActivationConfigProperty(propertyName = "consumerWindowSize", propertyValue = "0")
})
public class ProjectDispatchListener implements MessageListener {

    @EJB
    private ProjectBatch batch;

    @Override
    public void onMessage(Message message) {
        try {
            String body = message.getBody(String.class);
            int split = body.indexOf(';');
            List<Long> customers = new ArrayList<>();
            for (String id : body.substring(split + 1).split(",")) {
                if (!id.isBlank()) {
                    customers.add(Long.parseLong(id.strip()));
                }
            }
            batch.send(Long.parseLong(body.substring(0, split)), customers);
        } catch (JMSException e) {
            throw new IllegalStateException("unreadable campaign dispatch message", e);
        }
    }
}
