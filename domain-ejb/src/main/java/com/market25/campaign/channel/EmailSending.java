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
import jakarta.mail.Address;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends one outbound batch of campaign e-mail (MKT-05) over one SMTP connection, ten mails at a
 * time: claim the rows still queued (SENDING, or SKIPPED when the consent, the address or the
 * customer is gone now), hand the claimed mails to the SMTP server, record what it answered (SENT
 * with a contact-history line, FAILED for an address it refused) in the same commit that claims
 * the next ten. A redelivered batch finds its sent rows and sends only what is still queued; a
 * server killed during the SMTP step leaves at most ten rows SENDING, never sent again (the
 * customer gets the mail at most once). When the SMTP server cannot be reached, the mails not
 * tried go back to QUEUED and the batch is thrown back to the broker, which retries it with
 * back-off.
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
    private static final java.security.SecureRandom TOKENS = new java.security.SecureRandom();
    /** The address check of {@link EmailDesk#sendable}, in SQL. */
    private static final String USABLE = "(m.email IS NOT NULL AND CHAR_LENGTH(TRIM(m.email)) <= 120"
            + " AND TRIM(m.email) REGEXP '^[^@[:space:]]+@[^@[:space:]]+[.][^@[:space:]]+$')";
    /** The customer may not get the mail now. */
    private static final String GONE = "(m.erased_at IS NOT NULL OR NOT m.consent_email OR NOT " + USABLE + ")";

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
        // the batch's mails rendered with one query per template, before the chunks are claimed
        Map<Long, Map<Long, RenderedMessage>> rendered = new HashMap<>();
        LocalJdbc.readCommitted(db, c -> queued(c, ids)).forEach((template, customers) ->
                rendered.put(template, new HashMap<>(templates.render(template, customers))));
        int sent = 0;
        int next = 0;
        Transport transport = null;
        try {
            List<Claimed> claimed = List.of();
            while (claimed.isEmpty() && next < ids.size()) {
                List<Long> chunk = chunk(ids, next);
                next += CLAIM;
                claimed = LocalJdbc.readCommitted(db, c -> claim(c, chunk));
            }
            while (!claimed.isEmpty()) {
                if (transport == null) {
                    transport = connect(claimed);
                }
                Answers answers = sendClaimed(claimed, rendered, settings, transport);
                sent += answers.sent();
                // one commit records this chunk's answers and claims the next chunk
                List<Claimed> done = claimed;
                List<Long> following = answers.stopped() == null && next < ids.size() ? chunk(ids, next) : List.of();
                next += CLAIM;
                claimed = LocalJdbc.readCommitted(db, c -> {
                    record(c, done, answers.outcomes());
                    return following.isEmpty() ? List.<Claimed>of() : claim(c, following);
                });
                if (answers.stopped() != null) {
                    int total = sent;
                    LOG.warning(() -> "E-mail batch: " + total + " sent, the rest back in the queue");
                    throw new IllegalStateException("e-mail batch stopped: the mails not tried are queued again",
                            answers.stopped());
                }
                while (claimed.isEmpty() && next < ids.size()) {
                    List<Long> chunk = chunk(ids, next);
                    next += CLAIM;
                    claimed = LocalJdbc.readCommitted(db, c -> claim(c, chunk));
                }
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

    private static List<Long> chunk(List<Long> ids, int from) {
        return List.copyOf(ids.subList(from, Math.min(ids.size(), from + CLAIM)));
    }

    /** What the SMTP server answered for a claimed chunk, and what stopped it, if anything. */
    private record Answers(Map<Long, Outcome> outcomes, Exception stopped) {
        int sent() {
            return (int) outcomes.values().stream().filter(o -> o.status() == EmailStatus.SENT).count();
        }
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

    /**
     * Sends claimed mails and gives back what the server answered; the caller records it (a mail
     * with no answer goes back to QUEUED). A broken conversation stops the chunk.
     */
    private Answers sendClaimed(List<Claimed> claimed, Map<Long, Map<Long, RenderedMessage>> rendered,
            CampaignMailSettings settings, Transport transport) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        Exception stopped = null;
        try {
            // a row queued again after a stopped batch may not have been rendered above
            List<Claimed> missing = claimed.stream().filter(m -> !rendered.containsKey(m.templateId())
                    || !rendered.get(m.templateId()).containsKey(m.customerId())).toList();
            missing.stream().map(Claimed::templateId).distinct().forEach(t -> rendered.computeIfAbsent(t, x -> new HashMap<>())
                    .putAll(templates.render(t, missing.stream().filter(m -> m.templateId() == t).map(Claimed::customerId).toList())));
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
                    if (!refusedAddress(e)) {
                        // not an answer about the address (the connection went, or a temporary
                        // refusal): handled like any broken conversation below
                        outcomes.put(m.id(), new Outcome(EmailStatus.SENDING, message.getSubject(), "SMTP: " + e.getMessage()));
                        throw e;
                    }
                    // the server refused this address for good: the mail cannot go, the others can
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
            stopped = new IllegalStateException("UTF-8 is part of every Java runtime", e);
        }
        return new Answers(outcomes, stopped);
    }

    /** The customers of the batch's rows still queued, by template. */
    private static Map<Long, List<Long>> queued(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<Long>> byTemplate = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT template_id, customer_id FROM email_message WHERE id IN ("
                + marks(ids.size()) + ") AND status = 'QUEUED'")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byTemplate.computeIfAbsent(rs.getLong(1), t -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return byTemplate;
    }

    /**
     * Rows still QUEUED, in one statement: SENDING with the address of now and this claim's
     * token, or SKIPPED with why (erased, consent withdrawn, no usable address since queueing);
     * then the rows of this claim are read back.
     */
    private static List<Claimed> claim(Connection c, List<Long> ids) throws SQLException {
        String in = marks(ids.size());
        long token = TOKENS.nextLong();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement ps = c.prepareStatement("UPDATE email_message e JOIN member m ON m.id = e.customer_id"
                + " SET e.claim_token = ?, e.claimed_at = ?,"
                + " e.status = CASE WHEN " + GONE + " THEN 'SKIPPED' ELSE 'SENDING' END,"
                + " e.detail = CASE WHEN m.erased_at IS NOT NULL THEN 'ERASED' WHEN NOT m.consent_email THEN 'NO_CONSENT'"
                + " WHEN NOT " + USABLE + " THEN 'NO_CONTACT' END,"
                + " e.to_address = CASE WHEN " + GONE + " THEN NULL ELSE TRIM(m.email) END"
                + " WHERE e.id IN (" + in + ") AND e.status = 'QUEUED'")) {
            ps.setLong(1, token);
            ps.setTimestamp(2, now);
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 3, ids.get(i));
            }
            if (ps.executeUpdate() == 0) {
                return List.of();
            }
        }
        List<Claimed> claimed = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.customer_id, e.template_id, e.to_address, m.name"
                + " FROM email_message e JOIN member m ON m.id = e.customer_id WHERE e.id IN (" + in + ")"
                + " AND e.claim_token = ? AND e.status = 'SENDING' ORDER BY e.id")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            ps.setLong(ids.size() + 1, token);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
                }
            }
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

    /**
     * SENT (one statement, with the subjects) and a contact-history line each (one multi-row
     * insert); FAILED as answered; claimed mails never tried (the server went away) back to QUEUED.
     */
    private static void record(Connection c, List<Claimed> claimed, Map<Long, Outcome> outcomes) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        List<Claimed> sent = new ArrayList<>();
        List<Long> again = new ArrayList<>();
        try (PreparedStatement other = c.prepareStatement("UPDATE email_message SET status = ?, subject = ?, detail = ?"
                + " WHERE id = ? AND status = 'SENDING'")) {
            for (Claimed m : claimed) {
                Outcome o = outcomes.get(m.id());
                if (o == null) {
                    again.add(m.id());
                } else if (o.status() == EmailStatus.SENT) {
                    sent.add(m);
                } else {
                    // FAILED, SKIPPED, or SENDING kept with what is known of it
                    other.setString(1, o.status().name());
                    other.setString(2, o.subject() == null ? null : cut(o.subject(), 200));
                    other.setString(3, o.detail() == null ? null : cut(o.detail(), 200));
                    other.setLong(4, m.id());
                    other.addBatch();
                }
            }
            other.executeBatch();
        }
        if (!again.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE email_message SET status = 'QUEUED', claimed_at = NULL,"
                    + " claim_token = NULL WHERE id IN (" + marks(again.size()) + ") AND status = 'SENDING'")) {
                for (int i = 0; i < again.size(); i++) {
                    ps.setLong(i + 1, again.get(i));
                }
                ps.executeUpdate();
            }
        }
        if (sent.isEmpty()) {
            return;
        }
        StringBuilder subjects = new StringBuilder("UPDATE email_message SET status = 'SENT', sent_at = ?, subject = CASE id");
        for (int i = 0; i < sent.size(); i++) {
            subjects.append(" WHEN ? THEN ?");
        }
        subjects.append(" END WHERE id IN (").append(marks(sent.size())).append(") AND status = 'SENDING'");
        try (PreparedStatement ps = c.prepareStatement(subjects.toString())) {
            int p = 1;
            ps.setTimestamp(p++, now);
            for (Claimed m : sent) {
                ps.setLong(p++, m.id());
                ps.setString(p++, cut(outcomes.get(m.id()).subject(), 200));
            }
            for (Claimed m : sent) {
                ps.setLong(p++, m.id());
            }
            ps.executeUpdate();
        }
        StringBuilder history = new StringBuilder("INSERT INTO contact_history (member_id, channel, campaign_id, subject,"
                + " contacted_at, outcome) VALUES ");
        for (int i = 0; i < sent.size(); i++) {
            history.append(i == 0 ? "" : ", ").append("(?, 'EMAIL', NULL, ?, ?, 'SENT')");
        }
        try (PreparedStatement ps = c.prepareStatement(history.toString())) {
            int p = 1;
            for (Claimed m : sent) {
                ps.setLong(p++, m.customerId());
                ps.setString(p++, cut(outcomes.get(m.id()).subject(), 200));
                ps.setTimestamp(p++, now);
            }
            ps.executeUpdate();
        }
    }

    private static String marks(int n) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            in.append(i == 0 ? "?" : ",?");
        }
        return in.toString();
    }

    /**
     * Whether the server answered that it will not take this address (the address is named as
     * invalid, nothing went wrong with the connection). A connection that broke during the
     * conversation can also end in a SendFailedException; that one says nothing about the address.
     */
    static boolean refusedAddress(SendFailedException e) {
        Address[] invalid = e.getInvalidAddresses();
        if (invalid == null || invalid.length == 0) {
            return false;
        }
        Throwable t = e;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return false;
            }
        }
        return true;
    }

    private static String detail(SendFailedException e) {
        String message = e.getMessage();
        return "SMTP " + (message == null ? "refused" : message.strip());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
