package com.market25.admin.it;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * POP3 login to the test run's GreenMail. GreenMail creates a mailbox on first use, both when a
 * mail is delivered and when someone logs in, without a lock: when the two meet for a new address,
 * one of them is told the user "already exists". The mailbox then exists, so a second login works.
 */
final class CatcherLogin {

    private CatcherLogin() {
    }

    static Store open(Session session, String address, String password) throws MessagingException {
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
