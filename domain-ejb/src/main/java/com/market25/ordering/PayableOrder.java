package com.market25.ordering;

import java.math.BigDecimal;

/** An order locked for a payment attempt: what the payment needs to know of it. */
public record PayableOrder(long orderId, String slipNo, BigDecimal totalAmount) {
}
