package com.market25.rfm;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A kept RFM snapshot: its reference date, scope, weights and size. */
public record SnapshotSummary(long id, LocalDate referenceDate, Long segmentId, SnapshotKind kind, RfmWeights weights,
        int customers, int cells, long durationMs, String createdBy, LocalDateTime createdAt) {
}
