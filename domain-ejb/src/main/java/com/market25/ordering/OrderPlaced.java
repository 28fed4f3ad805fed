package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;

/** A new order in 주문접수, waiting for its payment. */
public record OrderPlaced(long orderId, String slipNo, BigDecimal totalAmount) implements Serializable {
}
