package com.market25.ordering;

import java.util.EnumSet;
import java.util.Set;

/**
 * ORD-01 item-level states. While an item follows its order it has the order's stage (주문접수 …
 * 주문완료); on its own it can be cancelled before shipment (취소), returned (반품요청 → 반품승인 →
 * 반품입고 → 반품완료) or exchanged (교환요청 → 교환승인 → 교환입고 → 교환발송) after delivery. A
 * rejected request puts the item back where it was (배송완료 or 주문완료).
 */
public enum ItemState {
    RECEIVED, PAID, DELIVERY_INSTRUCTED, DELIVERED, COMPLETED, CANCELLED,
    RETURN_REQUESTED, RETURN_ACCEPTED, RETURN_RECEIVED, RETURNED,
    EXCHANGE_REQUESTED, EXCHANGE_ACCEPTED, EXCHANGE_RECEIVED, EXCHANGED;

    public Set<ItemState> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(DELIVERY_INSTRUCTED, CANCELLED);
            case DELIVERY_INSTRUCTED -> EnumSet.of(DELIVERED);
            case DELIVERED -> EnumSet.of(COMPLETED, RETURN_REQUESTED, EXCHANGE_REQUESTED);
            case COMPLETED -> EnumSet.of(RETURN_REQUESTED, EXCHANGE_REQUESTED);
            case RETURN_REQUESTED -> EnumSet.of(RETURN_ACCEPTED, DELIVERED, COMPLETED);
            case RETURN_ACCEPTED -> EnumSet.of(RETURN_RECEIVED);
            case RETURN_RECEIVED -> EnumSet.of(RETURNED);
            case EXCHANGE_REQUESTED -> EnumSet.of(EXCHANGE_ACCEPTED, DELIVERED, COMPLETED);
            case EXCHANGE_ACCEPTED -> EnumSet.of(EXCHANGE_RECEIVED);
            case EXCHANGE_RECEIVED -> EnumSet.of(EXCHANGED);
            case CANCELLED, RETURNED, EXCHANGED -> EnumSet.noneOf(ItemState.class);
        };
    }

    public boolean canMoveTo(ItemState target) {
        return next().contains(target);
    }

    /** The item is at one of its order's stages and moves on with the order. */
    public boolean followsOrder() {
        return ordinal() <= COMPLETED.ordinal() && this != CANCELLED;
    }

    /** The item is no longer sold: its amount is no longer owed, its bonus no longer earned. */
    public boolean isGone() {
        return this == CANCELLED || this == RETURNED;
    }

    /** The same stage as an order status (for items that follow their order). */
    public static ItemState of(OrderStatus status) {
        return valueOf(status.name());
    }

    /** Message key of the Korean / English label. */
    public String labelKey() {
        return "itemState." + name();
    }
}
