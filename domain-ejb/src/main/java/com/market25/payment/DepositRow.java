package com.market25.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One deposit notification as the back office lists it, with the order its account belongs to. */
public record DepositRow(long id, String notificationId, String accountNo, BigDecimal amount, String depositorName,
        LocalDateTime depositedAt, LocalDateTime receivedAt, DepositStatus status, DepositReviewReason reviewReason,
        String slipNo, BigDecimal expectedAmount, LocalDateTime processedAt, LocalDateTime deadAt,
        DepositResolution resolution, String resolutionNote, String resolvedBy, LocalDateTime resolvedAt)
        implements java.io.Serializable {
}
