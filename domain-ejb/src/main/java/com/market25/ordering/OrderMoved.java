package com.market25.ordering;

/**
 * Fired inside the transaction of a staff move ({@link OrderDesk#move}: 배송지시, 배송완료,
 * 주문완료, 취소), after the move succeeded, so observers see only moves that happened.
 */
public record OrderMoved(long orderId, String slipNo, long memberId, OrderStatus from, OrderStatus to,
        String by) {
}
