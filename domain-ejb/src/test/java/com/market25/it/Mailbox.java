package com.market25.it;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the GreenMail of the test run received, over POP3 as a mail client would.
 * GreenMail gives every recipient a mailbox with the address as login (any password).
 */
final class Mailbox {

    /** One received message, decoded. */
    record Mail(String to, String subject, String body, String campaignHeader) {
    }

    private final String host;
    private final int port;

    Mailbox(Properties settings) {
        this.host = "127.0.0.1";
        this.port = Integer.parseInt(settings.getProperty("market25.pop3.port"));
    }

    /** Every message in the address's mailbox whose subject is exactly the one given. */
    List<Mail> withSubject(String address, String subject) {
        Properties props = new Properties();
        props.setProperty("mail.pop3.host", host);
        props.setProperty("mail.pop3.port", String.valueOf(port));
        props.setProperty("mail.pop3.connectiontimeout", "5000");
        props.setProperty("mail.pop3.timeout", "5000");
        Session session = Session.getInstance(props);
        List<Mail> found = new ArrayList<>();
        try (Store store = login(session, host, port, address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message m : inbox.getMessages()) {
                    if (subject.equals(m.getSubject())) {
                        String[] header = m.getHeader("X-Market25-Campaign");
                        found.add(new Mail(m.getRecipients(Message.RecipientType.TO)[0].toString(), m.getSubject(),
                                String.valueOf(m.getContent()).strip(), header == null ? null : header[0]));
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

    /**
     * GreenMail creates a mailbox on first use, both on delivery and on login, without a lock: when
     * the two meet for a new address, one is told the user "already exists" — and then it does, so
     * a second login works.
     */
    static Store login(Session session, String host, int port, String address) throws MessagingException {
        for (int attempt = 1; ; attempt++) {
            Store store = session.getStore("pop3");
            try {
                store.connect(host, port, address, "any");
                return store;
            } catch (AuthenticationFailedException e) {
                if (attempt >= 3 || e.getMessage() == null || !e.getMessage().contains("already exists")) {
                    throw e;
                }
            }
        }
    }
}
