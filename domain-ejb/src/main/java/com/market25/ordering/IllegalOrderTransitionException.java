package com.market25.ordering;

import jakarta.ejb.ApplicationException;

/** A status change the life cycle does not allow, e.g. 주문완료 before 배송완료. */
@ApplicationException(rollback = true)
public class IllegalOrderTransitionException extends RuntimeException {

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalOrderTransitionException(String slipNo, OrderStatus from, OrderStatus to) {
        super("order " + slipNo + " cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
