package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One decision about an open payment: what was found, what the gateway said, what was done. */
public record ReconciliationEntry(long id, long paymentId, String slipNo, String reference, LocalDateTime checkedAt,
        String checkedBy, PaymentStatus foundStatus, String gatewayState, ReconciliationAction action, String detail)
        implements Serializable {
}
