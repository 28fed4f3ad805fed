package com.market25.it;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Campaign mail as a mail program sees it, read over POP3 from the GreenMail of the test run
 * (one mailbox per recipient address, any password): headers, sender, text and HTML parts.
 */
final class CampaignMails {

    private static final Pattern LINK = Pattern.compile("수신거부: (\\S+)");

    /** One received campaign mail, decoded. */
    record Mail(String to, String subject, String fromAddress, String fromName, String text, String html,
            String listUnsubscribe, String listUnsubscribePost, String campaignHeader) {

        /** The unsubscribe link printed at the end of the text part. */
        String unsubscribeLink() {
            Matcher m = LINK.matcher(text);
            if (!m.find()) {
                throw new AssertionError("no unsubscribe link in the mail text:\n" + text);
            }
            return m.group(1);
        }

        /** The token of the unsubscribe link ({@code t=}). */
        String unsubscribeToken() {
            String link = unsubscribeLink();
            return link.substring(link.indexOf("t=") + 2);
        }
    }

    private final int port;

    CampaignMails(Properties settings) {
        this.port = Integer.parseInt(settings.getProperty("market25.pop3.port"));
    }

    /** Every message in the address's mailbox whose subject is exactly the one given. */
    List<Mail> withSubject(String address, String subject) {
        Properties props = new Properties();
        props.setProperty("mail.pop3.host", "127.0.0.1");
        props.setProperty("mail.pop3.port", String.valueOf(port));
        props.setProperty("mail.pop3.connectiontimeout", "5000");
        props.setProperty("mail.pop3.timeout", "5000");
        List<Mail> found = new ArrayList<>();
        try (Store store = Mailbox.login(Session.getInstance(props), "127.0.0.1", port, address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message m : inbox.getMessages()) {
                    if (subject.equals(m.getSubject())) {
                        found.add(decode(m));
                    }
                }
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read the mailbox of " + address + " on pop3 port " + port, e);
        }
        return found;
    }

    private static Mail decode(Message m) throws MessagingException, IOException {
        String text = null;
        String html = null;
        Object content = m.getContent();
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = String.valueOf(part.getContent());
                } else if (part.isMimeType("text/html")) {
                    html = String.valueOf(part.getContent());
                }
            }
        } else {
            text = String.valueOf(content);
        }
        Address[] from = m.getFrom();
        InternetAddress sender = from == null || from.length == 0 ? null : (InternetAddress) from[0];
        return new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                sender == null ? null : sender.getAddress(), sender == null ? null : sender.getPersonal(),
                text, html, header(m, "List-Unsubscribe"), header(m, "List-Unsubscribe-Post"),
                header(m, "X-Market25-Campaign"));
    }

    private static String header(Message m, String name) throws MessagingException {
        String[] values = m.getHeader(name);
        return values == null ? null : values[0];
    }
}
