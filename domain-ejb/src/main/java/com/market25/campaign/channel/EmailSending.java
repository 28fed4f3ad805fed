package com.market25.campaign.channel;

import com.market25.campaign.AdvertisingMail;
import com.market25.campaign.CampaignMailSettings;
import com.market25.campaign.SenderIdentity;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends one outbound batch of campaign e-mail (MKT-05) over one SMTP connection, ten mails at a
 * time in three steps, each committed: claim the rows still queued (SENDING, or SKIPPED when the
 * consent, the address or the customer is gone now), hand the claimed mails to the SMTP server,
 * record what it answered (SENT with a contact-history line, FAILED for an address it refused). A
 * redelivered batch finds its sent rows and sends only what is still queued; a server killed
 * during the SMTP step leaves at most ten rows SENDING, never sent again (the customer gets the
 * mail at most once). When the SMTP server cannot be reached, the mails not tried go back to
 * QUEUED and the batch is thrown back to the broker, which retries it with back-off.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmailSending {

    /**
     * Mails claimed at a time. A server killed during the SMTP step leaves at most these in
     * SENDING (sent or not, never tried again); a smaller number costs two commits more per chunk.
     */
    static final int CLAIM = 10;

    private static final Logger LOG = Logger.getLogger(EmailSending.class.getName());

    static {
        // Every MimeMultipart asks for a StreamProvider, and without this property Jakarta Mail
        // looks for one through the ServiceLoader each time, reading jar entries per mail
        // (seen in thread dumps of the 100,000-mail bench). This names the implementation that
        // the lookup finds anyway.
        if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
            System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource(lookup = ContainerResources.MAIL)
    private Session mail;

    @EJB
    private TemplateDesk templates;

    private record Claimed(long id, long customerId, long templateId, String address, String name) {
    }

    private record Outcome(EmailStatus status, String subject, String detail) {
    }

    /** @return how many mails the SMTP server accepted now */
    public int send(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        CampaignMailSettings settings = CampaignMailSettings.current();
        int sent = 0;
        Transport transport = null;
        try {
            for (int i = 0; i < ids.size(); i += CLAIM) {
                List<Long> chunk = ids.subList(i, Math.min(ids.size(), i + CLAIM));
                List<Claimed> claimed = LocalJdbc.readCommitted(db, c -> claim(c, chunk));
                if (claimed.isEmpty()) {
                    continue;
                }
                if (transport == null) {
                    transport = connect(claimed);
                }
                sent += sendClaimed(claimed, settings, transport);
            }
        } finally {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.fine(() -> "SMTP close: " + e);
                }
            }
        }
        return sent;
    }

    /** One connection for the whole batch; when the server cannot be reached, the claimed mails go back to the queue. */
    private Transport connect(List<Claimed> claimed) {
        try {
            Transport transport = mail.getTransport("smtp");
            transport.connect();
            return transport;
        } catch (MessagingException e) {
            LocalJdbc.readCommitted(db, c -> {
                record(c, claimed, Map.of());
                return null;
            });
            throw new IllegalStateException("SMTP server unreachable: the batch is queued again", e);
        }
    }

    /** Sends claimed mails and records what the server answered; a mail not tried goes back to QUEUED. */
    private int sendClaimed(List<Claimed> claimed, CampaignMailSettings settings, Transport transport) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Exception stopped = null;
        try {
            Map<Long, Map<Long, RenderedMessage>> rendered = new LinkedHashMap<>();
            claimed.stream().map(Claimed::templateId).distinct().forEach(t -> rendered.put(t, templates.render(t,
                    claimed.stream().filter(m -> m.templateId() == t).map(Claimed::customerId).toList())));
            InternetAddress shop = InternetAddress.getLocalAddress(mail);
            if (shop == null) {
                throw new IllegalStateException(ContainerResources.MAIL + " has no from address (mail.from)");
            }
            for (Claimed m : claimed) {
                RenderedMessage r = rendered.get(m.templateId()).get(m.customerId());
                if (r == null) {
                    outcomes.put(m.id(), new Outcome(EmailStatus.SKIPPED, null, "UNKNOWN_CUSTOMER"));
                    continue;
                }
                MimeMessage message = message(m, r, settings, shop);
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    outcomes.put(m.id(), new Outcome(EmailStatus.SENT, message.getSubject(), null));
                } catch (SendFailedException e) {
                    // the server refused this address (5xx): the mail cannot go, the others can
                    outcomes.put(m.id(), new Outcome(EmailStatus.FAILED, message.getSubject(), detail(e)));
                } catch (MessagingException e) {
                    // the connection broke while this mail was on its way: it may have arrived, so it
                    // stays SENDING (never sent twice); the mails after it go back to the queue
                    outcomes.put(m.id(), new Outcome(EmailStatus.SENDING, message.getSubject(), "SMTP: " + e.getMessage()));
                    throw e;
                }
            }
        } catch (MessagingException | RuntimeException e) {
            stopped = e;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is part of every Java runtime", e);
        } finally {
            LocalJdbc.readCommitted(db, c -> {
                record(c, claimed, outcomes);
                return null;
            });
        }
        int sent = (int) outcomes.values().stream().filter(o -> o.status() == EmailStatus.SENT).count();
        if (stopped != null) {
            LOG.warning(() -> "E-mail batch: " + sent + " of " + claimed.size() + " sent, the rest back in the queue");
            throw new IllegalStateException("e-mail batch stopped: the mails not tried are queued again", stopped);
        }
        return sent;
    }

    /** Rows still QUEUED, under row locks: SENDING with the address of now, or SKIPPED with why. */
    private static List<Claimed> claim(Connection c, List<Long> ids) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        List<Claimed> claimed = new ArrayList<>();
        Map<Long, String> skipped = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.customer_id, e.template_id, m.email, m.name,"
                + " m.consent_email, m.erased_at IS NOT NULL FROM email_message e JOIN member m ON m.id = e.customer_id"
                + " WHERE e.id IN (" + in + ") AND e.status = 'QUEUED' ORDER BY e.id FOR UPDATE")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String address = rs.getString(4);
                    if (rs.getBoolean(7)) {
                        skipped.put(id, SendOutcome.ERASED.name());
                    } else if (!rs.getBoolean(6)) {
                        skipped.put(id, SendOutcome.NO_CONSENT.name());
                    } else if (!EmailDesk.sendable(address)) {
                        skipped.put(id, SendOutcome.NO_CONTACT.name());
                    } else {
                        claimed.add(new Claimed(id, rs.getLong(2), rs.getLong(3), address.strip(), rs.getString(5)));
                    }
                }
            }
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement ps = c.prepareStatement("UPDATE email_message SET status = ?, claimed_at = ?, to_address = ?,"
                + " detail = ? WHERE id = ?")) {
            for (Claimed m : claimed) {
                ps.setString(1, EmailStatus.SENDING.name());
                ps.setTimestamp(2, now);
                ps.setString(3, m.address());
                ps.setString(4, null);
                ps.setLong(5, m.id());
                ps.addBatch();
            }
            for (Map.Entry<Long, String> s : skipped.entrySet()) {
                ps.setString(1, EmailStatus.SKIPPED.name());
                ps.setTimestamp(2, now);
                ps.setString(3, null);
                ps.setString(4, s.getValue());
                ps.setLong(5, s.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return claimed;
    }

    private MimeMessage message(Claimed m, RenderedMessage r, CampaignMailSettings settings, InternetAddress shop)
            throws MessagingException, UnsupportedEncodingException {
        SenderIdentity sender = settings.sender();
        String unsubscribe = MailLinks.unsubscribeUrl(settings, m.id());
        AdvertisingMail.Content content = AdvertisingMail.compose(r.subject(), r.text(),
                MailLinks.tracked(settings, m.id(), r.html()), sender, shop.getAddress(), unsubscribe,
                MailLinks.pixel(settings, m.id()));
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(shop.getAddress(), sender.name(), "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.address(), m.name(), "UTF-8"));
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
        message.setHeader("X-Market25-Mail", String.valueOf(m.id()));
        // RFC 2369 + RFC 8058: mail programs show an unsubscribe button that POSTs to the link
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.saveChanges();
        return message;
    }

    /** SENT and FAILED as answered; claimed mails never tried (the server went away) back to QUEUED. */
    private static void record(Connection c, List<Claimed> claimed, Map<Long, Outcome> outcomes) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement done = c.prepareStatement("UPDATE email_message SET status = ?, subject = ?, detail = ?,"
                + " sent_at = ? WHERE id = ? AND status = 'SENDING'");
                PreparedStatement again = c.prepareStatement("UPDATE email_message SET status = 'QUEUED', claimed_at = NULL"
                        + " WHERE id = ? AND status = 'SENDING'");
                PreparedStatement keep = c.prepareStatement("UPDATE email_message SET subject = ?, detail = ? WHERE id = ?");
                PreparedStatement history = c.prepareStatement("INSERT INTO contact_history (member_id, channel, campaign_id,"
                        + " subject, contacted_at, outcome) VALUES (?, 'EMAIL', NULL, ?, ?, 'SENT')")) {
            for (Claimed m : claimed) {
                Outcome o = outcomes.get(m.id());
                if (o == null) {
                    again.setLong(1, m.id());
                    again.addBatch();
                    continue;
                }
                String subject = o.subject() == null ? null : cut(o.subject(), 200);
                if (o.status() == EmailStatus.SENDING) {
                    keep.setString(1, subject);
                    keep.setString(2, o.detail() == null ? null : cut(o.detail(), 200));
                    keep.setLong(3, m.id());
                    keep.addBatch();
                    continue;
                }
                done.setString(1, o.status().name());
                done.setString(2, subject);
                done.setString(3, o.detail() == null ? null : cut(o.detail(), 200));
                done.setTimestamp(4, o.status() == EmailStatus.SENT ? now : null);
                done.setLong(5, m.id());
                done.addBatch();
                if (o.status() == EmailStatus.SENT) {
                    history.setLong(1, m.customerId());
                    history.setString(2, subject);
                    history.setTimestamp(3, now);
                    history.addBatch();
                }
            }
            done.executeBatch();
            again.executeBatch();
            keep.executeBatch();
            history.executeBatch();
        }
    }

    private static String detail(SendFailedException e) {
        String message = e.getMessage();
        return "SMTP " + (message == null ? "refused" : message.strip());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
