package com.market25.payment;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One run of the capture batch with its counts. */
public record CaptureBatchView(long id, CaptureTrigger trigger, String startedBy, LocalDateTime cutoff,
        LocalDateTime startedAt, LocalDateTime finishedAt, int captured, int failed) implements Serializable {
}
