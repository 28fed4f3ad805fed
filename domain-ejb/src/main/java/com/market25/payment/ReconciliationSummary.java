package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

/** What one reconciliation run did: how many open payments it looked at and each action's count. */
public record ReconciliationSummary(LocalDateTime ranAt, String by, int checked, Map<ReconciliationAction, Integer> actions)
        implements Serializable {

    public int count(ReconciliationAction action) {
        return actions.getOrDefault(action, 0);
    }

    static ReconciliationSummary empty(LocalDateTime at, String by) {
        return new ReconciliationSummary(at, by, 0, new EnumMap<>(ReconciliationAction.class));
    }
}
