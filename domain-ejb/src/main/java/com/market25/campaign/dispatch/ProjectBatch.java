package com.market25.campaign.dispatch;

import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.EmailDesk;
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
 * One batch of an SMS or e-mail project ({@link ProjectDispatchListener}): the customers still
 * pending are handed to {@link SmsDesk} or {@link EmailDesk} under the project's source, which
 * queue a customer once per source,
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

    @EJB
    private EmailDesk email;

    public void send(long projectId, List<Long> customers) {
        Optional<ProjectView> project = LocalJdbc.readCommitted(db, c -> ProjectStore.find(c, projectId));
        if (project.isEmpty() || project.get().status() != ProjectStatus.DISPATCHING) {
            // paused (resume sends what is pending), done, or gone
            return;
        }
        List<Long> pending = LocalJdbc.readCommitted(db, c -> ProjectStore.pending(c, projectId, customers));
        if (!pending.isEmpty()) {
            ProjectView p = project.get();
            String by = "campaign:" + p.campaignId();
            ChannelResult result = switch (p.channel()) {
                case EMAIL -> email.queueForCampaign(p.templateId(), ProjectDesk.key(p), pending, by);
                case SMS -> sms.queueForCampaign(p.templateId(), ProjectDesk.key(p), pending, by);
                default -> throw new IllegalStateException("project " + projectId + " is not sent in batches");
            };
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
