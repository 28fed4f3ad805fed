package com.market25.customerimport;

import java.time.Duration;
import java.time.LocalDateTime;

/** An import job as the back office and the API show it, with its rate and the time left. */
public record ImportProgress(long id, ImportFormat format, String fileName, String fileHash, ImportStatus status,
        ImportPhase phase, Integer rowsTotal, int rowsRead, int rowsRejected, int rowsImported, int ordersImported,
        int customersCreated, int customersMatched, int customersMerged, int reviewPairs, String startedBy,
        LocalDateTime startedAt, LocalDateTime heartbeatAt, LocalDateTime finishedAt, int resumed, String message) {

    /** Percent of the file read (the apply step counts as the last percent); -1 when the size is unknown. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return -1;
        }
        return (int) Math.min(99, 100L * rowsRead / rowsTotal);
    }

    public double elapsedSeconds() {
        LocalDateTime until = finishedAt != null ? finishedAt : heartbeatAt;
        return until == null ? 0 : Duration.between(startedAt, until).toMillis() / 1000.0;
    }

    /** Rows read per second so far. */
    public double rowsPerSecond() {
        double seconds = elapsedSeconds();
        return seconds <= 0 ? 0 : rowsRead / seconds;
    }

    /** Estimated seconds left at the rate so far; 0 when finished, -1 while unknown. */
    public long secondsLeft() {
        if (status != ImportStatus.RUNNING) {
            return 0;
        }
        double rate = rowsPerSecond();
        return rate <= 0 || rowsTotal == null ? -1 : Math.max(0, Math.round((rowsTotal - rowsRead) / rate));
    }

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }
}
