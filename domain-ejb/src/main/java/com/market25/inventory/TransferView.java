package com.market25.inventory;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** 본지사간 이동: a transfer with its route, steps (who, when) and items. */
public record TransferView(long id, String transferNo, long fromWarehouseId, String fromName, long toWarehouseId,
        String toName, TransferStatus status, String note, String requestedBy, LocalDateTime requestedAt,
        String shippedBy, LocalDateTime shippedAt, String receivedBy, LocalDateTime receivedAt, String cancelledBy,
        LocalDateTime cancelledAt, int quantity, int shortfall, List<DocumentItem> items) implements Serializable {

    public TransferView {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
