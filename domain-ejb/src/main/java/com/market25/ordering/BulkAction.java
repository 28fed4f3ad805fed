package com.market25.ordering;

/**
 * What staff can do to several selected slips at once (SET-03): 취소, or move them on to
 * 배송지시 / 배송완료 / 주문완료.
 */
public enum BulkAction {
    CANCEL(OrderStatus.CANCELLED),
    INSTRUCT_DELIVERY(OrderStatus.DELIVERY_INSTRUCTED),
    MARK_DELIVERED(OrderStatus.DELIVERED),
    COMPLETE(OrderStatus.COMPLETED);

    private final OrderStatus target;

    BulkAction(OrderStatus target) {
        this.target = target;
    }

    public OrderStatus target() {
        return target;
    }

    public String labelKey() {
        return "bulkAction." + name();
    }
}
