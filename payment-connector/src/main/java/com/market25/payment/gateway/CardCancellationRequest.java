package com.market25.payment.gateway;

import java.math.BigDecimal;

/**
 * Cancels the whole approval of one order reference (망취소 after a failure, or a reconciliation
 * decision). The amount must be the approved amount: partial cancels are not part of the protocol.
 */
public record CardCancellationRequest(String orderReference, BigDecimal amount, String reason) {
}
