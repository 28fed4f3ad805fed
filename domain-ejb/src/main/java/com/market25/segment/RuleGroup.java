package com.market25.segment;

import java.util.List;

/** Parts combined by AND or OR; {@code negated} makes it NOT (…). */
public record RuleGroup(Logic logic, boolean negated, List<SegmentRule> parts) implements SegmentRule {

    public RuleGroup {
        parts = List.copyOf(parts);
    }

    public static RuleGroup all(SegmentRule... parts) {
        return new RuleGroup(Logic.AND, false, List.of(parts));
    }

    @Override
    public int conditionCount() {
        return parts.stream().mapToInt(SegmentRule::conditionCount).sum();
    }

    @Override
    public boolean namesUserField() {
        return parts.stream().anyMatch(SegmentRule::namesUserField);
    }

    int depth() {
        return 1 + parts.stream().mapToInt(p -> p instanceof RuleGroup g ? g.depth() : 0).max().orElse(0);
    }
}
