package com.market25.notification;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import java.util.logging.Logger;

/**
 * Every minute, sends the order mails that are due: retries after an SMTP failure, and mails whose
 * send right after commit never ran (a crash in between). The timer calls the sender through its
 * business interface, whose NOT_SUPPORTED attribute suspends the timer's transaction: the sender
 * works on local JDBC transactions, which an XA connection refuses inside a global one.
 */
@Stateless
public class OrderMailRetry {

    private static final Logger LOG = Logger.getLogger(OrderMailRetry.class.getName());

    @EJB
    private OrderMailSender sender;

    @Schedule(second = "15", minute = "*", hour = "*", persistent = false, info = "order mail retry")
    void onSchedule() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // the container drops a timer after failed deliveries: a failed run must not cost the timer
            LOG.warning(() -> "order mail retry run failed, next run in a minute: " + e);
        }
    }
}
