package com.market25.campaign;

import com.market25.infrastructure.ContainerResources;
import com.market25.member.Member;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Date;

/** Delivers one campaign e-mail to one member, at most once per campaign and member. */
@Stateless
public class EmailDelivery {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.MAIL)
    private Session mail;

    /**
     * Claims the contact-history row first: if it is already there the message was delivered
     * before and nothing is sent again. If sending fails, the claim rolls back with the
     * transaction and the broker redelivers.
     */
    public boolean deliver(long campaignId, long memberId) {
        int claimed = em.createNativeQuery("insert ignore into contact_history"
                        + " (member_id, channel, campaign_id, subject, contacted_at, outcome)"
                        + " select ?1, 'EMAIL', c.id, c.subject, now(3), 'SENT' from email_campaign c where c.id = ?2")
                .setParameter(1, memberId)
                .setParameter(2, campaignId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        EmailCampaign campaign = em.find(EmailCampaign.class, campaignId);
        Member member = em.find(Member.class, memberId);
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(member.getEmail(), member.getName(),
                    "UTF-8"));
            message.setSubject(campaign.getSubject(), "UTF-8");
            message.setText(campaign.bodyFor(member.getName()), "UTF-8");
            message.setSentDate(new Date());
            message.setHeader("X-Market25-Campaign", String.valueOf(campaignId));
            Transport.send(message);
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot send campaign " + campaignId + " to member " + memberId, e);
        }
        return true;
    }
}
