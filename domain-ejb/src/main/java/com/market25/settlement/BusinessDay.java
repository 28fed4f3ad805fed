package com.market25.settlement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The shop's business days are Korean calendar days. A day can be closed only once it has
 * ended in Korea: a closing of today would miss the orders still to come and then be reported
 * as "changed" by the next run, which is exactly what a closing must never do.
 */
public final class BusinessDay {

    public static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    /**
     * How far back a catch-up looks for days that were never closed (a server that was down
     * for a month, or a new installation whose first closing is old). Older gaps are left for
     * staff to close by hand: a batch should not silently rewrite history that far back.
     */
    public static final int CATCH_UP_DAYS = 31;

    private BusinessDay() {
    }

    /** Today in Korea, whatever the server's time zone. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(KOREA));
    }

    /** Whether the whole of {@code day} lies in the past in Korea (today and later have not ended). */
    public static boolean hasEnded(LocalDate day, Clock clock) {
        return day.isBefore(today(clock));
    }

    /** The newest day that may be closed: yesterday in Korea. */
    public static LocalDate lastEnded(Clock clock) {
        return today(clock).minusDays(1);
    }

    /**
     * The days a catch-up closes, oldest first: every day from the first day ever closed (but
     * at most {@link #CATCH_UP_DAYS} back) up to yesterday that has no finished closing. With
     * nothing ever closed, only yesterday: a new shop has no history to close.
     *
     * @param today       today in Korea
     * @param firstClosed the earliest business day with a finished run, or null
     * @param closed      the days with a finished run (any trigger: a day closed by hand counts)
     */
    public static List<LocalDate> missedDays(LocalDate today, LocalDate firstClosed, Collection<LocalDate> closed) {
        LocalDate yesterday = today.minusDays(1);
        LocalDate earliest = today.minusDays(CATCH_UP_DAYS);
        LocalDate from;
        if (firstClosed == null || firstClosed.isAfter(yesterday)) {
            from = yesterday;
        } else {
            from = firstClosed.isBefore(earliest) ? earliest : firstClosed;
        }
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(yesterday); day = day.plusDays(1)) {
            if (!closed.contains(day)) {
                missed.add(day);
            }
        }
        return missed;
    }
}
