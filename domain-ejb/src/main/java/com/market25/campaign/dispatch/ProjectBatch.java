package com.market25.campaign.dispatch;

import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.SmsDesk;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One batch of an SMS project ({@link ProjectDispatchListener}): the customers still pending are
 * handed to {@link SmsDesk} under the project's source, which queues a customer once per source,
 * and the ledger records the outcome. A redelivered batch finds its rows sent and does nothing; a
 * crash between the two steps finds the messages queued already (ALREADY_QUEUED) and records them.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectBatch {

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @EJB
    private SmsDesk sms;

    public void send(long projectId, List<Long> customers) {
        Optional<ProjectView> project = LocalJdbc.readCommitted(db, c -> ProjectStore.find(c, projectId));
        if (project.isEmpty() || project.get().status() != ProjectStatus.DISPATCHING) {
            // paused (resume sends what is pending), done, or gone
            return;
        }
        List<Long> pending = LocalJdbc.readCommitted(db, c -> ProjectStore.pending(c, projectId, customers));
        if (!pending.isEmpty()) {
            ChannelResult result = sms.queueForCampaign(project.get().templateId(), ProjectDesk.key(project.get()), pending,
                    "campaign:" + project.get().campaignId());
            LocalJdbc.readCommitted(db, c -> {
                ProjectStore.record(c, projectId, result.outcomes(), LocalDateTime.now());
                return null;
            });
        }
        LocalJdbc.readCommitted(db, c -> {
            ProjectStore.finishIfDone(c, projectId);
            return null;
        });
    }
}
