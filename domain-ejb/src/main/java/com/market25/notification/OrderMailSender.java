package com.market25.notification;

import com.market25.campaign.CampaignMailSettings;
import com.market25.common.LocalJdbc;
import com.market25.infrastructure.ContainerResources;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends queued order mails (ORD-04) over the shop's mail session ({@code mail/market25}, the one
 * campaign mail uses). Each mail is claimed first (QUEUED → SENDING, a conditional update, so two
 * senders never both send it), then handed to SMTP, then recorded SENT. An SMTP failure puts it
 * back to QUEUED with a growing delay ({@link #delayAfter}), FAILED after {@value #MAX_ATTEMPTS}
 * tries; {@link OrderMailRetry} picks up whatever is due. An erased customer, or one without a usable
 * address, gets none (SKIPPED). Transactional mail needs no marketing consent.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderMailSender {

    static final int MAX_ATTEMPTS = 8;
    private static final int SWEEP = 100;
    private static final Logger LOG = Logger.getLogger(OrderMailSender.class.getName());

    @Resource(lookup = ContainerResources.DATABASE)
    private DataSource db;

    @Resource(lookup = ContainerResources.MAIL)
    private Session mail;

    private record Claimed(long id, NotificationKind kind, String detail, String slipNo, String name, String email,
            boolean erased, int attempts) {
    }

    /** Every mail whose time has come, oldest first; @return how many went out */
    public int sendDue() {
        return sendAll(LocalJdbc.readCommitted(db, c -> ids(c, "select id from order_notification where status = 'QUEUED'"
                + " and next_attempt_at <= ? order by next_attempt_at, id limit " + SWEEP, null)));
    }

    /** Sends the order's mails that are due (right after the order's change committed). */
    public int sendDueOf(long orderId) {
        return sendAll(LocalJdbc.readCommitted(db, c -> ids(c, "select id from order_notification where status = 'QUEUED'"
                + " and next_attempt_at <= ? and order_id = ? order by id", orderId)));
    }

    private int sendAll(List<Long> ids) {
        int sent = 0;
        for (long id : ids) {
            if (send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private static List<Long> ids(java.sql.Connection c, String sql, Long orderId) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            if (orderId != null) {
                ps.setLong(2, orderId);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    private boolean send(long id) {
        Claimed m = LocalJdbc.readCommitted(db, c -> claim(c, id));
        if (m == null) {
            return false;
        }
        if (m.erased() || !OrderMail.usableAddress(m.email())) {
            finish(id, NotificationStatus.SKIPPED, null, m.erased() ? "customer erased" : "no usable address");
            return false;
        }
        try {
            CampaignMailSettings settings = CampaignMailSettings.current();
            String shopName = settings.sender().name();
            OrderMail.Content content = OrderMail.compose(m.kind(), shopName, m.name(), m.slipNo(),
                    settings.publicUrl() + "orders/" + m.slipNo(), m.detail());
            Transport.send(message(m, content, shopName));
            finish(id, NotificationStatus.SENT, LocalDateTime.now(), null);
            return true;
        } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
            retryLater(m, e);
            return false;
        }
    }

    private MimeMessage message(Claimed m, OrderMail.Content content, String shopName)
            throws MessagingException, UnsupportedEncodingException {
        InternetAddress shop = InternetAddress.getLocalAddress(mail);
        if (shop == null) {
            throw new MessagingException("the mail session names no sender address (mail.from)");
        }
        MimeMessage message = new MimeMessage(mail);
        message.setFrom(new InternetAddress(shop.getAddress(), shopName, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.email().trim(), m.name(), "UTF-8"));
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
        message.setHeader("X-Market25-Order-Mail", m.kind().name() + ":" + m.slipNo());
        return message;
    }

    private static Claimed claim(java.sql.Connection c, long id) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("update order_notification set status = 'SENDING',"
                + " attempts = attempts + 1 where id = ? and status = 'QUEUED'")) {
            ps.setLong(1, id);
            if (ps.executeUpdate() == 0) {
                return null;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select n.kind, n.detail, o.slip_no, m.name, m.email,"
                + " m.erased_at is not null, n.attempts from order_notification n join customer_order o on o.id = n.order_id"
                + " join member m on m.id = o.member_id where n.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Claimed(id, NotificationKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBoolean(6), rs.getInt(7));
            }
        }
    }

    private void finish(long id, NotificationStatus status, LocalDateTime sentAt, String note) {
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("update order_notification set status = ?, sent_at = ?,"
                    + " last_error = ? where id = ? and status = 'SENDING'")) {
                ps.setString(1, status.name());
                ps.setTimestamp(2, sentAt == null ? null : Timestamp.valueOf(sentAt));
                ps.setString(3, note);
                ps.setLong(4, id);
                return ps.executeUpdate();
            }
        });
    }

    private void retryLater(Claimed m, Exception e) {
        boolean last = m.attempts() >= MAX_ATTEMPTS;
        String note = String.valueOf(e.getMessage());
        LOG.warning(() -> "order mail " + m.id() + " (" + m.kind() + " " + m.slipNo() + ") not sent, try "
                + m.attempts() + (last ? ", giving up: " : ", retrying: ") + note);
        LocalJdbc.readCommitted(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("update order_notification set status = ?,"
                    + " next_attempt_at = ?, last_error = ? where id = ? and status = 'SENDING'")) {
                ps.setString(1, (last ? NotificationStatus.FAILED : NotificationStatus.QUEUED).name());
                ps.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now().plus(delayAfter(m.attempts()))));
                ps.setString(3, note.length() > 300 ? note.substring(0, 300) : note);
                ps.setLong(4, m.id());
                return ps.executeUpdate();
            }
        });
    }

    /** 1, 2, 4 … minutes after each failed try, at most an hour. */
    static Duration delayAfter(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1))));
    }
}
