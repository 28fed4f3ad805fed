package com.market25.payment;

import java.util.EnumSet;
import java.util.Set;

/**
 * REQUESTED while the gateway is asked (the row exists before the request leaves, so a crash
 * leaves a trace the reconciliation follows up); AUTHORIZED when it approved and the completion
 * is on the queue; APPROVED once the order is paid; DECLINED with the gateway's reason;
 * CANCELLING when the shop decided to take an approval back and the gateway has not confirmed
 * yet; CANCELLED when nothing stays approved (망취소 or reconciliation).
 * WAITING_FOR_DEPOSIT: a bank transfer whose virtual account is issued and waits for the
 * customer's deposit (입금대기); the deposit batch makes it APPROVED, an expired or cancelled
 * order makes it CANCELLED.
 */
public enum PaymentStatus {
    REQUESTED, AUTHORIZED, APPROVED, DECLINED, CANCELLING, CANCELLED, WAITING_FOR_DEPOSIT;

    /** Statuses whose outcome is still open: the order waits, the reconciliation looks at them. */
    public static final Set<PaymentStatus> OPEN = EnumSet.of(REQUESTED, AUTHORIZED, CANCELLING);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The shop holds the approval (completed or about to be). */
    public boolean holdsApproval() {
        return this == AUTHORIZED || this == APPROVED;
    }
}
