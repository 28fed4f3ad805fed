package com.market25.campaign;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import com.market25.infrastructure.ContainerResources;
import com.market25.member.Member;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Delivers one campaign e-mail to one member, at most once per campaign and member, and only
 * while the member still consents (정보통신망법 §50): consent is read again when the mail is
 * due, not when the campaign was queued.
 */
@Stateless
public class EmailDelivery {

    private static final Logger LOG = Logger.getLogger(EmailDelivery.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = ContainerResources.MAIL)
    private Session mail;

    /**
     * Claims the contact-history row first, with the member's consent as it is now: if the
     * row is already there the message was handled before and nothing is sent again; if the
     * member has withdrawn, the row says {@link ContactOutcome#NO_CONSENT} and nothing is sent.
     * The claim reads the member row with a shared lock (InnoDB, INSERT … SELECT), so a
     * withdrawal either commits first and is seen, or waits until this mail is out. If sending
     * fails, the claim rolls back with the transaction and the broker redelivers.
     *
     * @return whether a mail was sent
     */
    @PermitAll
    public boolean deliver(long campaignId, long memberId) {
        // before claiming anything: without a secret, a public address and a sender, send nothing
        CampaignMailSettings settings = CampaignMailSettings.current();
        int claimed = em.createNativeQuery("insert ignore into contact_history"
                        + " (member_id, channel, campaign_id, subject, contacted_at, outcome)"
                        + " select m.id, 'EMAIL', c.id, c.subject, now(3),"
                        // a customer without an address (staff and imported customers may have none)
                        // cannot be mailed: recorded like a missing consent, never retried
                        + " case when m.consent_email and coalesce(m.email, '') <> '' then 'SENT' else 'NO_CONSENT' end"
                        + " from email_campaign c join member m on m.id = ?1 where c.id = ?2")
                .setParameter(1, memberId)
                .setParameter(2, campaignId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        String outcome = (String) em.createNativeQuery("select outcome from contact_history"
                        + " where campaign_id = ?1 and member_id = ?2 and channel = 'EMAIL'")
                .setParameter(1, campaignId)
                .setParameter(2, memberId)
                .getSingleResult();
        if (ContactOutcome.valueOf(outcome) == ContactOutcome.NO_CONSENT) {
            LOG.info(() -> "Campaign " + campaignId + ": member " + memberId + " withdrew the e-mail consent; not sent");
            return false;
        }
        EmailCampaign campaign = em.find(EmailCampaign.class, campaignId);
        Member member = em.find(Member.class, memberId);
        try {
            Transport.send(message(campaign, member, settings));
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("cannot send campaign " + campaignId + " to member " + memberId, e);
        }
        return true;
    }

    private MimeMessage message(EmailCampaign campaign, Member member, CampaignMailSettings settings)
            throws MessagingException, UnsupportedEncodingException {
        InternetAddress shop = InternetAddress.getLocalAddress(mail);
        if (shop == null) {
            throw new IllegalStateException(ContainerResources.MAIL + " has no from address (mail.from)");
        }
        SenderIdentity sender = settings.sender();
        String unsubscribe = settings.unsubscribeUrl(member.getId(), campaign.getId());
        AdvertisingMail.Content content = AdvertisingMail.compose(campaign.getSubject(), campaign.getBody(),
                member.getName(), sender, shop.getAddress(), unsubscribe);

        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(shop.getAddress(), sender.name(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(member.getEmail(), member.getName(), "UTF-8"));
        message.setSubject(content.subject(), "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(content.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(content.html(), "UTF-8", "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.setSentDate(new Date());
        message.setHeader("X-Market25-Campaign", String.valueOf(campaign.getId()));
        // RFC 2369 + RFC 8058: mail programs show an unsubscribe button that POSTs to the link
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }
}
