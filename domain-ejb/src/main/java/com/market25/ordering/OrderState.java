package com.market25.ordering;

import java.io.Serializable;

/** Where an order stands, for checks of another capability (delivery): its id, owner, status and lines. */
public record OrderState(long orderId, String slipNo, long memberId, OrderStatus status, int lines)
        implements Serializable {
}
