package com.market25.customerimport;

import java.time.LocalDateTime;

/** A merge (automatic in an import or by staff), which can be undone while it stands. */
public record MergeRecord(long id, long keptId, String keptNo, String keptName, long mergedId, String mergedNo,
        String mergedName, String rule, Long jobId, String mergedBy, LocalDateTime mergedAt, String undoneBy,
        LocalDateTime undoneAt, int purchasesMoved) {

    public boolean undone() {
        return undoneAt != null;
    }
}
