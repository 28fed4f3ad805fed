package com.market25.delivery;

import com.market25.ordering.OrderStatus;
import java.io.Serializable;
import java.util.List;

/**
 * One line of a result report (DLV-01): the file row (or position in the selection), the slip and
 * parcel, the outcome, and for a refusal the message key with its arguments and the slip's status.
 */
public record DeliveryOutcome(int line, String slipNo, String trackingNo, Outcome outcome, String reasonKey,
        List<String> args, OrderStatus status) implements Serializable {

    static DeliveryOutcome done(int line, String slipNo, String trackingNo) {
        return new DeliveryOutcome(line, slipNo, trackingNo, Outcome.DONE, null, List.of(), null);
    }

    static DeliveryOutcome already(int line, String slipNo, String trackingNo, String reasonKey) {
        return new DeliveryOutcome(line, slipNo, trackingNo, Outcome.ALREADY, reasonKey, List.of(), null);
    }

    static DeliveryOutcome refused(int line, String slipNo, String trackingNo, OrderStatus status, String reasonKey,
            Object... args) {
        return new DeliveryOutcome(line, slipNo, trackingNo, Outcome.REFUSED, reasonKey,
                java.util.Arrays.stream(args).map(String::valueOf).toList(), status);
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
