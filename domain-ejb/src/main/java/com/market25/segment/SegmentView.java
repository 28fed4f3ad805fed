package com.market25.segment;

import java.time.LocalDateTime;

/** A saved segment: who made it, what it holds and when its members were last evaluated. */
public record SegmentView(long id, String name, String owner, String definition, int customers,
        LocalDateTime evaluatedAt, LocalDateTime createdAt) {
}
