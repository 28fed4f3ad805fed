package com.market25.payment;

import java.math.BigDecimal;

/** Fired inside the transaction that records a refund DONE (once per refund). */
public record RefundCompleted(long refundId, long orderId, long claimId, BigDecimal amount) {
}
