package com.market25.inventory;

/** Orders of 재고 현황, all done by the database. */
public enum StockSort {
    WAREHOUSE("w.code, p.code"),
    PRODUCT("p.code, w.code"),
    PRODUCT_NAME("p.name, p.code, w.code"),
    AVAILABLE("s.on_hand - s.reserved, w.code, p.code"),
    AVAILABLE_DESC("s.on_hand - s.reserved desc, w.code, p.code"),
    SHORTAGE("s.safety_stock - (s.on_hand - s.reserved) desc, w.code, p.code");

    private final String orderBy;

    StockSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
