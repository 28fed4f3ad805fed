package com.market25.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of 입출고 내역: what moved, where, why, by whom, and the level after it. */
public record MovementRow(long id, LocalDateTime movedAt, String warehouseCode, String warehouseName,
        String productCode, String productName, MovementKind kind, int quantity, int onHandAfter, int reservedAfter,
        String reason, String reference, String movedBy) implements Serializable {

    /** The change of the quantity on hand, signed (+5, −3, 0 for a reservation). */
    public int onHandChange() {
        return kind.onHandDelta(quantity);
    }

    public int availableAfter() {
        return onHandAfter - reservedAfter;
    }
}
