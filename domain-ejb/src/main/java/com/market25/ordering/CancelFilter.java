package com.market25.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * 취소/반품여부 of the order screens: every slip, only cancelled or returned ones, or none of them.
 * Which statuses count as cancelled or returned is {@link #STATUSES}.
 */
public enum CancelFilter {
    ALL, ONLY, EXCLUDE;

    /**
     * Slips that sold nothing: 주문취소 and, once after-sales adds them, 반품 and 환불 (RETURNED,
     * REFUNDED). Taken from the enum's names so that those statuses count as soon as they exist,
     * without a change here; a return that is only requested still counts as sold.
     */
    public static final Set<OrderStatus> STATUSES = cancelledOrReturned();

    private static Set<OrderStatus> cancelledOrReturned() {
        Set<OrderStatus> set = EnumSet.noneOf(OrderStatus.class);
        for (OrderStatus s : OrderStatus.values()) {
            if (Set.of("CANCELLED", "RETURNED", "REFUNDED").contains(s.name())) {
                set.add(s);
            }
        }
        return set;
    }

    /** Message key of its label, e.g. {@code cancelFilter.ONLY}. */
    public String labelKey() {
        return "cancelFilter." + name();
    }
}
