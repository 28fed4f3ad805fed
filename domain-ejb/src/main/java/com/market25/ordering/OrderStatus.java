package com.market25.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * ORD-01 life cycle: 주문접수 → 입금완료 → 배송지시 → 배송완료 → 주문완료, with 취소 before
 * shipment. Each status knows which ones may follow it.
 */
public enum OrderStatus {
    RECEIVED, PAID, DELIVERY_INSTRUCTED, DELIVERED, COMPLETED, CANCELLED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(DELIVERY_INSTRUCTED, CANCELLED);
            case DELIVERY_INSTRUCTED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED);
            case COMPLETED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** Message key of the Korean / English label, e.g. 입금완료. */
    public String labelKey() {
        return "status." + name();
    }
}
