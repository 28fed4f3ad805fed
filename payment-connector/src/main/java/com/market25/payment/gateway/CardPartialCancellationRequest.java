package com.market25.payment.gateway;

import java.math.BigDecimal;

/**
 * Cancels part of the approval of one order reference (부분취소, after-sales refunds of some
 * items). {@code cancelId} names this one cancel: asked again with the same id and amount, the
 * gateway answers as the first time and cancels nothing more. {@code amount} must not exceed
 * what remains approved.
 */
public record CardPartialCancellationRequest(String orderReference, String cancelId, BigDecimal amount,
        String reason) {
}
