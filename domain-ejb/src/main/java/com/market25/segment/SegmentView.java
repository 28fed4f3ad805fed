package com.market25.segment;

import java.time.LocalDateTime;

/** A saved segment with the size and date of its last evaluation. */
public record SegmentView(long id, String name, String owner, SegmentOrigin origin, SegmentRule rule,
        LocalDateTime createdAt, LocalDateTime evaluatedAt, long memberCount) {

    public String ruleJson() {
        return RuleJson.write(rule);
    }
}
