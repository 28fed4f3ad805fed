package com.market25.ordering;

/**
 * Fired inside the transaction that takes an order (주문접수), once per order: the order
 * mails (ORD-04) observe it after commit.
 */
public record OrderReceived(long orderId, String slipNo, long memberId, Channel channel) {
}
