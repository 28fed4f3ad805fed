package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One decision about an open payment: what was found, what the gateway said, what was done and
 * why ({@code reason}, shown in the staff's language; {@code note}: approval number or error).
 */
public record ReconciliationEntry(long id, long paymentId, String slipNo, String reference, LocalDateTime checkedAt,
        String checkedBy, PaymentStatus foundStatus, String gatewayState, ReconciliationAction action,
        ReconciliationReason reason, String note) implements Serializable {
}
