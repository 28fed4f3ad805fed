package com.market25.campaign.channel;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a channel desk for a list of customers (MKT-06): the outcome per customer, in the
 * order given, and the id of what was made (the DM batch, the call list; 0 for SMS).
 */
public record ChannelResult(long id, Map<Long, SendOutcome> outcomes) implements Serializable {

    public ChannelResult {
        outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
    }

    public int count(SendOutcome outcome) {
        return (int) outcomes.values().stream().filter(o -> o == outcome).count();
    }

    /** Customers per outcome, only outcomes that occurred. */
    public Map<SendOutcome, Integer> counts() {
        Map<SendOutcome, Integer> counts = new EnumMap<>(SendOutcome.class);
        outcomes.values().forEach(o -> counts.merge(o, 1, Integer::sum));
        return counts;
    }
}
