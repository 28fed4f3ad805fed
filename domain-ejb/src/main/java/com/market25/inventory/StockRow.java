package com.market25.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 재고 현황: a product in a warehouse. */
public record StockRow(long warehouseId, String warehouseCode, String warehouseName, String branchCode,
        long productId, String productCode, String productName, int onHand, int reserved, int available,
        int safetyStock, int shortage, boolean belowSafety, LocalDateTime updatedAt) implements Serializable {

    /** A level as stored: available and the shortage up to the safety stock (0 when not below it) follow. */
    public static StockRow of(long warehouseId, String warehouseCode, String warehouseName, String branchCode,
            long productId, String productCode, String productName, int onHand, int reserved, int safetyStock,
            boolean belowSafety, LocalDateTime updatedAt) {
        int available = onHand - reserved;
        return new StockRow(warehouseId, warehouseCode, warehouseName, branchCode, productId, productCode, productName,
                onHand, reserved, available, safetyStock, belowSafety ? safetyStock - available : 0, belowSafety,
                updatedAt);
    }

    public String key() {
        return warehouseId + "-" + productId;
    }
}
