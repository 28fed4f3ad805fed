package com.market25.campaign;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;

/** The last draw: group sizes, who was left out and why, and what makes it reproducible. */
public record TargetSummary(long treatment, long control, Map<ExclusionReason, Long> excluded, BigDecimal controlRatio,
        Long seed, boolean stratified, LocalDateTime drawnAt) {

    public long excludedTotal() {
        return excluded.values().stream().mapToLong(Long::longValue).sum();
    }
}
