package com.market25.ear.fault;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.util.Collection;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The mail catcher's mailboxes (GreenMail keeps one per recipient, readable over POP3 with the
 * address as login): how many mails with a given subject each recipient got.
 */
final class Mailboxes {

    private final Session session;

    Mailboxes(int pop3Port) {
        Properties props = new Properties();
        props.put("mail.pop3.host", "127.0.0.1");
        props.put("mail.pop3.port", String.valueOf(pop3Port));
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "10000");
        session = Session.getInstance(props);
    }

    /** Recipient address to the number of mails whose subject contains {@code subjectPart}. */
    Map<String, Integer> count(Collection<String> addresses, String subjectPart) {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            var futures = addresses.stream()
                    .map(a -> pool.submit(() -> counts.put(a, count(a, subjectPart))))
                    .toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailboxes", e);
        } finally {
            pool.shutdownNow();
        }
        return counts;
    }

    private int count(String address, String subjectPart) throws MessagingException {
        Store store = login(address, System.getProperty("market25.mail.password", address));
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int n = 0;
                for (Message m : inbox.getMessages()) {
                    if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                        n++;
                    }
                }
                return n;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }

    /** GreenMail's mailbox creation on delivery and on login can collide once ("already exists"); then it exists. */
    private Store login(String address, String password) throws MessagingException {
        for (int attempt = 1; ; attempt++) {
            Store store = session.getStore("pop3");
            try {
                store.connect(address, password);
                return store;
            } catch (AuthenticationFailedException e) {
                if (attempt >= 3 || e.getMessage() == null || !e.getMessage().contains("already exists")) {
                    throw e;
                }
            }
        }
    }
}
