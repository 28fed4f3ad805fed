package com.market25.ordering;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDateTime;
import java.util.logging.Logger;

/**
 * Gives the stock of unpaid orders back (INV-01): every 20 seconds, on every server, 주문접수 orders
 * past their payment deadline ({@link UnpaidOrderPolicy}) with no payment underway become
 * 주문취소, recorded as {@value OrderDesk#EXPIRY}. The timer is not persistent: each run takes
 * everything overdue, so a server that was down catches up at its first run. Batches of
 * {@value #BATCH} orders, each its own transaction, set-based; the batch lock and the status
 * guard make a second server (or a second run) find nothing left, so each order expires once.
 */
@Stateless
public class UnpaidOrderExpiry {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(UnpaidOrderExpiry.class.getName());

    @EJB
    private OrderDesk orders;

    // one indexed query when nothing is due; often enough that a deadline is kept to the minute
    @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false, info = "unpaid order expiry")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onSchedule() {
        expireOverdue();
    }

    /**
     * Runs the expiry now (the timer's work; also for operators and tests).
     *
     * @return how many orders were cancelled
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @PermitAll
    public int expireOverdue() {
        UnpaidOrderPolicy policy = UnpaidOrderPolicy.current();
        LocalDateTime now = LocalDateTime.now();
        int total = 0;
        int batch;
        do {
            batch = orders.expireOverdue(now, policy, BATCH);
            total += batch;
        } while (batch == BATCH);
        if (total > 0) {
            int n = total;
            LOG.info(() -> n + " unpaid order(s) past " + policy.cardDeadline().toMinutes()
                    + " minutes cancelled, stock returned");
        }
        return total;
    }
}
