package com.market25.payment.gateway;

import java.math.BigDecimal;

/**
 * The gateway's answer to a partial cancel: how much this cancel took back and how much of the
 * approval remains. {@code repeated} when the cancel id had been cancelled before (nothing more
 * was cancelled).
 */
public record CardPartialCancellation(String orderReference, String cancelId, BigDecimal cancelledAmount,
        BigDecimal remainingAmount, String approvalNumber, boolean repeated, String gatewayName) {
}
