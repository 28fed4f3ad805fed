package com.market25.campaign.channel;

import com.market25.campaign.CampaignMailSettings;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import com.market25.staff.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Campaign e-mail as a channel (MKT-05): the dispatch step's customers get one row each in
 * {@code email_message} (once per source and customer, whatever asks twice), and the rows go on
 * {@code market25.email.outbound}, {@value #JMS_BATCH} to a queue message, in the same
 * transaction. {@link EmailSending} renders and sends them over one SMTP connection per batch,
 * checking consent once more when the mail is made.
 */
@Stateless
public class EmailDesk {

    /** Mails per queue message: one SMTP connection sends them. */
    static final int JMS_BATCH = 50;
    /** Customers per consent query and per multi-row insert. */
    static final int DB_BATCH = 500;
    /** email_message.source is VARCHAR(20). */
    private static final Pattern SOURCE = Pattern.compile("^[A-Za-z0-9_:\\-]{1,20}$");
    /** The simplest check that an address can be handed to an SMTP server at all. */
    private static final Pattern ADDRESS = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Logger LOG = Logger.getLogger(EmailDesk.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    @EJB
    private TemplateDesk templates;

    /**
     * For the campaign dispatch: the template (channel EMAIL) queued for each customer who may
     * get it now (e-mail consent, an address, not erased), once per source. Refused as a whole
     * when the installation has no mail settings (secret, public address, sender).
     */
    @PermitAll
    public ChannelResult queueForCampaign(long templateId, String source, List<Long> customerIds, String requestedBy) {
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw InvalidInputException.of("source", "error.channel.source");
        }
        TemplateView template = templates.forSending(templateId)
                .orElseThrow(() -> InvalidInputException.of("templateId", "error.template.unknown"));
        if (template.channel() != MessageChannel.EMAIL) {
            throw InvalidInputException.of("templateId", "error.template.wrongChannel");
        }
        if (customerIds == null || customerIds.isEmpty()) {
            throw InvalidInputException.of("customers", "error.audienceEmpty");
        }
        requireSettings();
        String by = requestedBy == null ? "system" : requestedBy;
        List<Long> ids = customerIds.stream().distinct().toList();
        Map<Long, SendOutcome> outcomes = new LinkedHashMap<>();
        ids.forEach(id -> outcomes.put(id, SendOutcome.UNKNOWN_CUSTOMER));
        List<Long> toSend = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < ids.size(); i += DB_BATCH) {
            toSend.addAll(queueBatch(templateId, source, ids.subList(i, Math.min(ids.size(), i + DB_BATCH)), by, now, outcomes));
        }
        send(toSend);
        LOG.info(() -> "E-mail " + source + " template " + templateId + ": " + toSend.size() + " queued of " + ids.size());
        return new ChannelResult(0, outcomes);
    }

    /** Refused in Korean unless the installation can sign links and name the sender. */
    public static CampaignMailSettings requireSettings() {
        try {
            return CampaignMailSettings.current();
        } catch (CampaignMailSettings.NotConfiguredException e) {
            LOG.warning(e.getMessage());
            throw InvalidInputException.of("campaign", "error.campaignMailNotConfigured");
        }
    }

    private List<Long> queueBatch(long templateId, String source, List<Long> batch, String by, Timestamp now,
            Map<Long, SendOutcome> outcomes) {
        List<String> refs = batch.stream().map(String::valueOf).toList();
        @SuppressWarnings("unchecked")
        List<String> existing = em.createNativeQuery("select source_ref from email_message where source = ?1"
                + " and source_ref in (?2)").setParameter(1, source).setParameter(2, refs).getResultList();
        Set<Long> already = new HashSet<>();
        existing.forEach(ref -> already.add(Long.valueOf(ref)));

        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("select id, email, consent_email, erased_at is not null from member"
                + " where id in (?1)").setParameter(1, batch).getResultList();
        List<Long> queue = new ArrayList<>();
        for (Object[] m : members) {
            long id = ((Number) m[0]).longValue();
            SendOutcome outcome = already.contains(id) ? SendOutcome.ALREADY_QUEUED
                    : SmsDesk.truthy(m[3]) ? SendOutcome.ERASED
                    : !SmsDesk.truthy(m[2]) ? SendOutcome.NO_CONSENT
                    : !sendable((String) m[1]) ? SendOutcome.NO_CONTACT
                    : SendOutcome.QUEUED;
            outcomes.put(id, outcome);
            if (outcome == SendOutcome.QUEUED) {
                queue.add(id);
            }
        }
        if (queue.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("insert ignore into email_message (customer_id, template_id, source,"
                + " source_ref, status, queued_by, queued_at) values ");
        for (int r = 0; r < queue.size(); r++) {
            int p = r * 4;
            sql.append(r == 0 ? "" : ", ").append("(?").append(p + 1).append(", ?").append(p + 2).append(", ?")
                    .append(p + 3).append(", ?").append(p + 4).append(", 'QUEUED', ?").append(queue.size() * 4 + 1)
                    .append(", ?").append(queue.size() * 4 + 2).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int r = 0; r < queue.size(); r++) {
            insert.setParameter(r * 4 + 1, queue.get(r));
            insert.setParameter(r * 4 + 2, templateId);
            insert.setParameter(r * 4 + 3, source);
            insert.setParameter(r * 4 + 4, String.valueOf(queue.get(r)));
        }
        insert.setParameter(queue.size() * 4 + 1, by);
        insert.setParameter(queue.size() * 4 + 2, now);
        insert.executeUpdate();
        // a row another request queued at the same moment is named too: EmailSending claims each once
        @SuppressWarnings("unchecked")
        List<Number> queued = em.createNativeQuery("select id from email_message where source = ?1 and source_ref in (?2)"
                        + " and status = 'QUEUED'")
                .setParameter(1, source).setParameter(2, queue.stream().map(String::valueOf).toList())
                .getResultList();
        return queued.stream().map(Number::longValue).toList();
    }

    static boolean sendable(String address) {
        return address != null && address.length() <= 120 && ADDRESS.matcher(address.strip()).matches();
    }

    private void send(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try (JMSContext context = jms.createContext()) {
            Queue queue = context.createQueue(Queues.EMAIL_OUTBOUND);
            JMSProducer producer = context.createProducer();
            for (int i = 0; i < ids.size(); i += JMS_BATCH) {
                StringBuilder body = new StringBuilder();
                for (Long id : ids.subList(i, Math.min(ids.size(), i + JMS_BATCH))) {
                    body.append(body.length() == 0 ? "" : ",").append(id);
                }
                producer.send(queue, body.toString());
            }
        }
    }

    /** A source's mails by status, and how many were opened, clicked and led to an unsubscribe. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public Map<EmailStatus, Integer> tally(String source) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select status, count(*) from email_message where source = ?1"
                + " group by status").setParameter(1, source).getResultList();
        Map<EmailStatus, Integer> counts = new EnumMap<>(EmailStatus.class);
        rows.forEach(r -> counts.put(EmailStatus.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        return counts;
    }
}
