package com.market25.campaign.dispatch;

import com.market25.campaign.CampaignDesk;
import com.market25.campaign.CampaignStatus;
import com.market25.campaign.CampaignView;
import com.market25.campaign.channel.CallListDesk;
import com.market25.campaign.channel.ChannelResult;
import com.market25.campaign.channel.DmDesk;
import com.market25.campaign.channel.EmailDesk;
import com.market25.campaign.channel.MessageChannel;
import com.market25.campaign.channel.TemplateDesk;
import com.market25.campaign.channel.TemplateView;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.member.ConsentChannel;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Channel projects of a campaign (MKT-05, MKT-06): one template on one channel to the campaign's
 * treatment group, never its control group. Dispatch writes the recipient ledger
 * (project_recipient, one row per customer) first; SMS then go out in batches on
 * Dispatch writes the recipient ledger first; SMS and e-mail then go out in batches on
 * {@code market25.campaign.dispatch} ({@link ProjectDispatchListener}), throttled per minute,
 * optionally held until a set send time, paused and resumed; a DM project becomes one label batch and a phone project one call list.
 * Each customer gets a project's message once: the channel desks are idempotent per project
 * ({@code P{id}}) and the ledger records only rows still pending.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectDesk {

    /** Customers per queue message. */
    static final int BATCH = 500;
    static final BigDecimal MAX_UNIT_COST = new BigDecimal("99999999.99");

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    @Resource
    private SessionContext context;

    @EJB
    private CampaignDesk campaigns;

    @EJB
    private TemplateDesk templates;

    @EJB
    private DmDesk dm;

    @EJB
    private CallListDesk calls;

    /** @throws InvalidInputException per field: channel, name, templateId, unitCost, throttlePerMinute */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ProjectView create(long campaignId, MessageChannel channel, String name, Long templateId, BigDecimal unitCost,
            Integer throttlePerMinute, LocalDateTime sendAt) {
        CampaignView campaign = campaigns.find(campaignId)
                .orElseThrow(() -> InvalidInputException.of("campaign", "error.campaign.unknown"));
        Checks checks = new Checks().required("name", name).maxLength("name", name, 100)
                .that(channel != null, "channel", "error.required")
                .that(unitCost != null && unitCost.signum() >= 0 && unitCost.compareTo(MAX_UNIT_COST) <= 0
                        && unitCost.stripTrailingZeros().scale() <= 2, "unitCost", "error.project.unitCost")
                .that(throttlePerMinute == null || throttlePerMinute > 0 && throttlePerMinute <= 1_000_000,
                        "throttlePerMinute", "error.project.throttle")
                .that(campaign.status() != CampaignStatus.CLOSED, "campaign", "error.campaign.wrongStatus")
                .that(sendAt == null || sendAt.isAfter(LocalDateTime.now()) && sendAt.isBefore(LocalDateTime.now().plusYears(1)),
                        "sendAt", "error.project.sendAt")
                .that(sendAt == null || queued(channel), "sendAt", "error.project.sendAtSmsOnly");
        checks.throwIfAny();
        checks.that(campaign.channels().contains(ConsentChannel.valueOf(channel.name())), "channel",
                "error.project.channelNotPlanned");
        Optional<TemplateView> template = templateId == null ? Optional.empty() : templates.find(templateId);
        checks.that(template.filter(t -> t.channel() == channel).isPresent(), "templateId", "error.project.template");
        checks.throwIfAny();
        String by = context.getCallerPrincipal().getName();
        long id = LocalJdbc.readCommitted(db, c -> ProjectStore.insert(c, campaignId, channel, name.trim(), templateId, unitCost,
                throttlePerMinute, sendAt, by, LocalDateTime.now()));
        return find(id).orElseThrow();
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Optional<ProjectView> find(long id) {
        return LocalJdbc.readCommitted(db, c -> ProjectStore.find(c, id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<ProjectView> ofCampaign(long campaignId) {
        return LocalJdbc.readCommitted(db, c -> ProjectStore.ofCampaign(c, campaignId));
    }

    /** 발송: only while the campaign runs; the ledger is written, then the messages go. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ProjectView dispatch(long id) {
        ProjectView project = require(id);
        CampaignView campaign = campaigns.find(project.campaignId()).orElseThrow();
        if (campaign.status() != CampaignStatus.RUNNING) {
            throw InvalidInputException.of("project", "error.project.campaignNotRunning");
        }
        if (project.channel() == MessageChannel.EMAIL) {
            // nothing goes on the queue that could not be sent with a signed unsubscribe link
            EmailDesk.requireSettings();
        }
        boolean moved = LocalJdbc.readCommitted(db, c -> {
            if (!ProjectStore.move(c, id, ProjectStatus.DISPATCHING, ProjectStatus.DRAFT)) {
                return false;
            }
            ProjectStore.writeRecipients(c, id, project.campaignId());
            return true;
        });
        if (!moved) {
            throw InvalidInputException.of("project", "error.project.wrongStatus");
        }
        send(require(id));
        return require(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ProjectView pause(long id) {
        require(id);
        if (!LocalJdbc.readCommitted(db, c -> ProjectStore.move(c, id, ProjectStatus.PAUSED, ProjectStatus.DISPATCHING))) {
            throw InvalidInputException.of("project", "error.project.wrongStatus");
        }
        return require(id);
    }

    /** The batches of a paused project are dropped by the listener; resuming sends what is still pending. */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public ProjectView resume(long id) {
        require(id);
        if (!LocalJdbc.readCommitted(db, c -> ProjectStore.move(c, id, ProjectStatus.DISPATCHING, ProjectStatus.PAUSED))) {
            throw InvalidInputException.of("project", "error.project.wrongStatus");
        }
        send(require(id));
        return require(id);
    }

    private void send(ProjectView project) {
        String by = context.getCallerPrincipal().getName();
        switch (project.channel()) {
            case SMS, EMAIL -> queue(project);
            case DM -> record(project, dm.batchForCampaign(project.name(), project.templateId(), key(project),
                    pending(project), by));
            case PHONE -> record(project, calls.listForCampaign(project.name(), project.templateId(), key(project),
                    pending(project), by));
            default -> throw new IllegalStateException("no dispatch for " + project.channel());
        }
    }

    /** SMS and e-mail go out in batches on the queue (throttle, send time); DM and phone are one list each. */
    static boolean queued(MessageChannel channel) {
        return channel == MessageChannel.SMS || channel == MessageChannel.EMAIL;
    }

    private List<Long> pending(ProjectView project) {
        return LocalJdbc.readCommitted(db, c -> ProjectStore.pending(c, project.id(), null));
    }

    private void record(ProjectView project, ChannelResult result) {
        LocalJdbc.readCommitted(db, c -> {
            ProjectStore.record(c, project.id(), result.outcomes(), LocalDateTime.now());
            ProjectStore.finishIfDone(c, project.id());
            return null;
        });
    }

    static String key(ProjectView project) {
        return "P" + project.id();
    }

    /**
     * The pending recipients in batches on the dispatch queue; with a throttle each batch is
     * delivered after the previous one's share of the minute. The broker's duplicate detection
     * drops a batch sent twice in one round (the id names the round).
     */
    private void queue(ProjectView project) {
        List<Long> ids = pending(project);
        int size = project.throttlePerMinute() == null ? BATCH : Math.max(1, Math.min(BATCH, project.throttlePerMinute()));
        long round = System.currentTimeMillis();
        // a set send time: the broker holds the batches until then (scheduled messages are durable)
        long held = project.sendAt() == null ? 0
                : Math.max(0, java.time.Duration.between(LocalDateTime.now(), project.sendAt()).toMillis());
        try (JMSContext ctx = jms.createContext()) {
            Queue queue = ctx.createQueue(Queues.CAMPAIGN_DISPATCH);
            JMSProducer producer = ctx.createProducer();
            for (int start = 0, n = 0; start < ids.size(); start += size, n++) {
                List<Long> batch = ids.subList(start, Math.min(ids.size(), start + size));
                StringBuilder body = new StringBuilder().append(project.id()).append(';');
                for (int i = 0; i < batch.size(); i++) {
                    body.append(i == 0 ? "" : ",").append(batch.get(i));
                }
                TextMessage message = ctx.createTextMessage(body.toString());
                message.setStringProperty("_AMQ_DUPL_ID", "P" + project.id() + ":" + round + ":" + n);
                producer.setDeliveryDelay(held + (project.throttlePerMinute() == null ? 0
                        : (long) n * size * 60_000L / project.throttlePerMinute()));
                producer.send(queue, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot queue project " + project.id(), e);
        }
    }

    private ProjectView require(long id) {
        return find(id).orElseThrow(() -> InvalidInputException.of("project", "error.project.unknown"));
    }
}
