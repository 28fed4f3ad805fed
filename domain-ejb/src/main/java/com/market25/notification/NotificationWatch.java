package com.market25.notification;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends an order's queued mails once the transaction that queued them has committed, on a managed
 * thread: the SMTP round trip never holds the order's transaction, and a failure (the mail server
 * down) only leaves the mail queued for {@link OrderMailSender}'s retry timer.
 */
@ApplicationScoped
public class NotificationWatch {

    private static final Logger LOG = Logger.getLogger(NotificationWatch.class.getName());

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private OrderMailSender sender;

    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued event) {
        long order = event.orderId();
        try {
            executor.execute(() -> {
                try {
                    sender.sendDueOf(order);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "order mail of order " + order + " left for the retry timer", e);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "order mail of order " + order + " left for the retry timer", e);
        }
    }
}
