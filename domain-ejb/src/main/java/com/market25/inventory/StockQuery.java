package com.market25.inventory;

import java.io.Serializable;

/**
 * Filters of 재고 현황: one warehouse, the warehouses of one branch, a product (exact code or part
 * of its name) and only the levels below their safety stock.
 */
public record StockQuery(Long warehouseId, String branchCode, String product, boolean belowSafetyOnly)
        implements Serializable {

    public static StockQuery all() {
        return new StockQuery(null, null, null, false);
    }
}
