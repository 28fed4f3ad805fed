package com.market25.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 재고 현황: a product in a warehouse. */
public record StockRow(long warehouseId, String warehouseCode, String warehouseName, String branchCode,
        long productId, String productCode, String productName, int onHand, int reserved, int safetyStock,
        boolean belowSafety, LocalDateTime updatedAt) implements Serializable {

    public int available() {
        return onHand - reserved;
    }

    /** Units missing up to the safety stock (0 when not below it). */
    public int shortage() {
        return belowSafety ? safetyStock - available() : 0;
    }

    public String key() {
        return warehouseId + "-" + productId;
    }
}
