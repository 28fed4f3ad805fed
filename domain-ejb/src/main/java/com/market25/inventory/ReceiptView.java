package com.market25.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** 입고 (goods receipt from a supplier) with its 납품 확인 per item. */
public record ReceiptView(long id, String receiptNo, long warehouseId, String warehouseName, String supplier,
        ReceiptStatus status, String note, String createdBy, LocalDateTime createdAt, String receivedBy,
        LocalDateTime receivedAt, int quantity, int shortfall, List<DocumentItem> items) implements Serializable {

    public ReceiptView {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
