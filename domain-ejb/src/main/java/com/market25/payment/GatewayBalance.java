package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What the gateway says of an order's approval now: its state ({@code APPROVED}, {@code CANCELLED},
 * …), the amount approved, what was cancelled in part, and what remains approved.
 */
public record GatewayBalance(String reference, String state, BigDecimal approved, BigDecimal cancelled,
        BigDecimal remaining) implements Serializable {
}
