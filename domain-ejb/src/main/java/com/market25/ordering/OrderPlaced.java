package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A new order: in 주문접수 waiting for its payment, or already 입금완료 when the bonus used at
 * checkout paid all of it ({@code paidInFull}: nothing is left for a card, an e-wallet or a bank).
 */
public record OrderPlaced(long orderId, String slipNo, BigDecimal totalAmount, boolean paidInFull)
        implements Serializable {
}
