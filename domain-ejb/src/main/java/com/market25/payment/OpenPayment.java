package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

/** A payment whose outcome is still open, as the 결제 대사 screen lists it. */
public record OpenPayment(long paymentId, String slipNo, String reference, PaymentStatus status, BigDecimal amount,
        LocalDateTime requestedAt, LocalDateTime authorizedAt, String approvalNo, String gatewayName)
        implements Serializable {

    /** Open longer than the reconciliation waits: no normal path will finish it any more. */
    public boolean stuck(LocalDateTime now, Duration grace) {
        return requestedAt.isBefore(now.minus(grace));
    }
}
