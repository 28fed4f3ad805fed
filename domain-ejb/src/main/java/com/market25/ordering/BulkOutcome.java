package com.market25.ordering;

import java.io.Serializable;

/**
 * One slip's line of a bulk action's result report: done (with the status it has now) or
 * refused, with the message key of the reason (Korean / English by the screen) and the slip's
 * status that made it refuse.
 */
public record BulkOutcome(String slipNo, boolean done, OrderStatus status, String reasonKey)
        implements Serializable {

    static BulkOutcome done(String slipNo, OrderStatus now) {
        return new BulkOutcome(slipNo, true, now, null);
    }

    static BulkOutcome refused(String slipNo, OrderStatus status, String reasonKey) {
        return new BulkOutcome(slipNo, false, status, reasonKey);
    }
}
