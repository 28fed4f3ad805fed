package com.market25.inventory;

/**
 * Why stock moved (입출고 구분, INV-01), with what each kind does to a stock level: the quantity
 * on hand (실재고) and the quantity reserved for orders (예약).
 */
public enum MovementKind {
    /** 기초재고: stock that was there before the ledger (migration, a level made on first use). */
    OPENING(1, 0),
    /** 입고: goods from a supplier, confirmed per item (납품 확인). */
    RECEIPT(1, 0),
    /** 조정 입고: found in a count, corrected by staff. */
    ADJUST_IN(1, 0),
    /** 조정 출고: broken, lost or miscounted. */
    ADJUST_OUT(-1, 0),
    /** 주문 예약: an order holds it; still on the shelf. */
    RESERVE(0, 1),
    /** 예약 해제: the order was cancelled or expired unpaid. */
    RELEASE(0, -1),
    /** 출고: the order went to 배송지시, its reservation leaves the warehouse. */
    SHIP_OUT(-1, -1),
    /** 이동 출고: shipped to another warehouse (in transit until received). */
    TRANSFER_OUT(-1, 0),
    /** 이동 입고: received from another warehouse. */
    TRANSFER_IN(1, 0),
    /** 반품 입고: given back beyond what the order still held reserved. */
    RETURN_IN(1, 0);

    private final int onHandSign;
    private final int reservedSign;

    MovementKind(int onHandSign, int reservedSign) {
        this.onHandSign = onHandSign;
        this.reservedSign = reservedSign;
    }

    public int onHandDelta(int quantity) {
        return onHandSign * quantity;
    }

    public int reservedDelta(int quantity) {
        return reservedSign * quantity;
    }

    /** Kinds staff may book by hand on the stock screen. */
    public boolean isAdjustment() {
        return this == ADJUST_IN || this == ADJUST_OUT;
    }

    public String labelKey() {
        return "stock.movement." + name();
    }
}
