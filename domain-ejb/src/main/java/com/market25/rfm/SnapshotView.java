package com.market25.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A kept RFM snapshot: its date, population, weights and size. */
public record SnapshotView(long id, LocalDate referenceDate, Long segmentId, String segmentName, long customers,
        int cells, BigDecimal monetaryTotal, RfmWeights weights, String createdBy, LocalDateTime createdAt,
        long durationMs) {
}
