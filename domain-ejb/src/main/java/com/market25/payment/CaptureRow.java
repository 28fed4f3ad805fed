package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One payment's capture as the result list shows it. */
public record CaptureRow(long paymentId, String slipNo, String reference, PaymentMethod method, BigDecimal amount,
        CaptureStatus status, String captureNo, String reason, int attempts, long batchId,
        LocalDateTime capturedAt) implements Serializable {
}
