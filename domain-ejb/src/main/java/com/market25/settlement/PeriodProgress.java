package com.market25.settlement;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A period closing as the back office and the API show it, with its rate and the time left. */
public record PeriodProgress(long id, LocalDate firstDay, LocalDate lastDay, LocalDate nextDay, PeriodStatus status,
        int daysTotal, int daysDone, int ordersClosed, BigDecimal amountClosed, int bonusSettled, String startedBy,
        LocalDateTime startedAt, LocalDateTime heartbeatAt, LocalDateTime finishedAt, int resumed, String message) {

    public int percent() {
        return daysTotal == 0 ? 100 : (int) (100L * daysDone / daysTotal);
    }

    /** Seconds from the start to the end, or to the last day closed while it runs. */
    public double elapsedSeconds() {
        LocalDateTime until = finishedAt != null ? finishedAt : heartbeatAt;
        return until == null ? 0 : Duration.between(startedAt, until).toMillis() / 1000.0;
    }

    /** Days closed per second so far. */
    public double daysPerSecond() {
        double seconds = elapsedSeconds();
        return seconds <= 0 ? 0 : daysDone / seconds;
    }

    /** Estimated seconds left at the rate so far; 0 when finished, -1 while unknown. */
    public long secondsLeft() {
        if (status != PeriodStatus.RUNNING) {
            return 0;
        }
        double rate = daysPerSecond();
        return rate <= 0 ? -1 : Math.round((daysTotal - daysDone) / rate);
    }
}
