package com.market25.campaign;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.ContainerResources;
import com.market25.infrastructure.Queues;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * E-mail campaigns (MKT-05): staff pick consenting members and send; each recipient becomes a
 * message on the dispatch queue, delivered by {@link EmailDispatchListener}.
 */
@Stateless
public class CampaignPlanner {

    /** email_campaign.subject is VARCHAR(200), with the "(광고) " prefix. */
    static final int MAX_SUBJECT = 200;
    /** email_campaign.body is TEXT (65,535 bytes): 20,000 characters fit even at 3 bytes each. */
    static final int MAX_BODY = 20_000;

    private static final Logger LOG = Logger.getLogger(CampaignPlanner.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.JMS)
    private ConnectionFactory jms;

    /** Members who consented to marketing e-mail (MEM-06); nobody else can be chosen. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<AudienceMember> emailAudience() {
        return em.createQuery("select new com.market25.campaign.AudienceMember(m.id, m.memberNo, m.name, m.email)"
                + " from Member m where m.consentEmail = true and m.email is not null and m.email <> ''"
                + " and m.erasedAt is null order by m.id", AudienceMember.class)
                .setMaxResults(10_000)
                .getResultList();
    }

    /**
     * Creates the campaign and queues one message per recipient in the same transaction, so
     * either the whole audience is queued or none of it. Chosen members who have withdrawn
     * their consent in the meantime are left out (and consent is checked once more when each
     * mail is sent, see {@link EmailDelivery}). The subject is stored with "(광고)" in front.
     * Refused with {@code error.campaignMailNotConfigured} while the installation lacks the
     * unsubscribe secret, the public address or the sender ({@link CampaignMailSettings}).
     */
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING})
    public long sendEmail(String subject, String body, Collection<Long> memberIds, String staffLogin) {
        Checks checks = new Checks().required("subject", subject).required("body", body)
                .maxLength("body", body, MAX_BODY)
                .that(memberIds != null && !memberIds.isEmpty(), "audience", "error.audienceEmpty");
        if (!checks.has("subject")) {
            checks.maxLength("subject", AdvertisingMail.subject(subject), MAX_SUBJECT);
        }
        checks.throwIfAny();
        try {
            CampaignMailSettings.current();
        } catch (CampaignMailSettings.NotConfiguredException e) {
            LOG.warning(e.getMessage());
            throw InvalidInputException.of("campaign", "error.campaignMailNotConfigured");
        }
        List<Long> consenting = em.createQuery("select m.id from Member m where m.id in :ids and m.consentEmail = true"
                        // an erased customer has no consent left; the check says so in the query too
                        + " and m.erasedAt is null and m.email is not null and m.email <> ''"
                        + " order by m.id", Long.class)
                .setParameter("ids", memberIds)
                .getResultList();
        new Checks().that(!consenting.isEmpty(), "audience", "error.audienceEmpty").throwIfAny();

        var campaign = new EmailCampaign(subject, body, staffLogin, consenting.size(), LocalDateTime.now());
        em.persist(campaign);
        em.flush();
        try (JMSContext context = jms.createContext()) {
            Queue queue = context.createQueue(Queues.EMAIL_DISPATCH);
            JMSProducer producer = context.createProducer();
            for (Long memberId : consenting) {
                var message = context.createMessage();
                message.setLongProperty(EmailDispatchListener.CAMPAIGN_ID, campaign.getId());
                message.setLongProperty(EmailDispatchListener.MEMBER_ID, memberId);
                producer.send(queue, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot queue campaign " + campaign.getId(), e);
        }
        return campaign.getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.READONLY})
    public List<CampaignProgress> campaigns() {
        List<EmailCampaign> campaigns = em.createQuery("select c from EmailCampaign c order by c.id desc",
                EmailCampaign.class).setMaxResults(50).getResultList();
        if (campaigns.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> counts = new HashMap<>();
        em.createQuery("select h.campaignId, h.outcome, count(h) from ContactHistory h"
                        + " where h.campaignId in :ids group by h.campaignId, h.outcome", Object[].class)
                .setParameter("ids", campaigns.stream().map(EmailCampaign::getId).toList())
                .getResultStream()
                .forEach(r -> counts.computeIfAbsent((Long) r[0], id -> new int[ContactOutcome.values().length])
                        [((ContactOutcome) r[1]).ordinal()] = ((Long) r[2]).intValue());
        return campaigns.stream()
                .map(c -> {
                    int[] n = counts.getOrDefault(c.getId(), new int[ContactOutcome.values().length]);
                    return new CampaignProgress(c.getId(), c.getSubject(), c.createdBy(), c.createdAt(),
                            c.targetCount(), n[ContactOutcome.SENT.ordinal()], n[ContactOutcome.NO_CONSENT.ordinal()]);
                })
                .toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING, Roles.ORDERS, Roles.READONLY})
    public List<ContactLine> contactHistory(long memberId) {
        return em.createQuery("select new com.market25.campaign.ContactLine(h.contactedAt, h.channel, h.subject,"
                        + " h.outcome, h.campaignId, h.recordedBy) from ContactHistory h where h.memberId = :member"
                        + " order by h.contactedAt desc, h.id desc", ContactLine.class)
                .setParameter("member", memberId)
                .getResultList();
    }
}
