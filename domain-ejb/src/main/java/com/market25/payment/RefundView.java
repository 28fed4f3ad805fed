package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A refund as screens show it: the account number only masked. {@code amount} went (or goes) back
 * as money, {@code bonusAmount} to the bonus ledger.
 */
public record RefundView(long id, long claimId, RefundMethod method, BigDecimal amount, BigDecimal bonusAmount,
        String reason, RefundStatus status, String cancelId, String gatewayResult, String bankName,
        String maskedAccountNo, String accountHolder, String requestedBy, LocalDateTime requestedAt,
        String completedBy, LocalDateTime completedAt) implements Serializable {
}
