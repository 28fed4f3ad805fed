package com.market25.ordering;

/** Fired inside the transaction that cancels an order that had been paid (입금완료 → 주문취소). */
public record OrderCancelled(long orderId, String slipNo, long memberId) {
}
