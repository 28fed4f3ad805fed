package com.market25.settlement;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The audit record of one settlement run (SET-04). */
public record RunRecord(long id, LocalDate businessDate, RunTrigger trigger, String startedBy,
        LocalDateTime startedAt, LocalDateTime finishedAt, RunStatus status, int ordersClosed,
        BigDecimal amountClosed, int bonusSettled, boolean closingChanged, String message)
        implements Serializable {
}
