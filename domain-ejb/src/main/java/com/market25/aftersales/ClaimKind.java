package com.market25.aftersales;

import com.market25.ordering.ItemState;

/** 취소 (before shipment), 반품 (return for a refund), 교환 (exchange for the same item). */
public enum ClaimKind {
    CANCEL, RETURN, EXCHANGE;

    /** The item state of each step of a return or exchange. */
    ItemState requested() {
        return this == EXCHANGE ? ItemState.EXCHANGE_REQUESTED : ItemState.RETURN_REQUESTED;
    }

    ItemState accepted() {
        return this == EXCHANGE ? ItemState.EXCHANGE_ACCEPTED : ItemState.RETURN_ACCEPTED;
    }

    ItemState received() {
        return this == EXCHANGE ? ItemState.EXCHANGE_RECEIVED : ItemState.RETURN_RECEIVED;
    }

    public String labelKey() {
        return "claimKind." + name();
    }
}
