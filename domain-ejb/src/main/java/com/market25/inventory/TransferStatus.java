package com.market25.inventory;

import java.util.EnumSet;
import java.util.Set;

/**
 * 본지사간 이동 (INV-01): 요청 → 이동 중 (stock left the source) → 입고 완료 (confirmed per item
 * at the destination); 취소 only before it was shipped.
 */
public enum TransferStatus {
    REQUESTED, IN_TRANSIT, RECEIVED, CANCELLED;

    public Set<TransferStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(IN_TRANSIT, CANCELLED);
            case IN_TRANSIT -> EnumSet.of(RECEIVED);
            case RECEIVED, CANCELLED -> EnumSet.noneOf(TransferStatus.class);
        };
    }

    public boolean canMoveTo(TransferStatus target) {
        return next().contains(target);
    }

    public String labelKey() {
        return "transfer.status." + name();
    }
}
