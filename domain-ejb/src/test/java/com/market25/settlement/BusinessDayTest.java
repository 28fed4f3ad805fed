package com.market25.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** SET-04: which business days may be closed, and which a catch-up closes. */
class BusinessDayTest {

    /** 2026-03-10 23:30 in UTC is already 2026-03-11 08:30 in Seoul. */
    private static final Clock LATE_EVENING_UTC = Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void todayIsTheKoreanDateWhateverTheServersZone() {
        assertEquals(LocalDate.of(2026, 3, 11), BusinessDay.today(LATE_EVENING_UTC));
        assertEquals(LocalDate.of(2026, 3, 10), BusinessDay.lastEnded(LATE_EVENING_UTC));
    }

    @Test
    void onlyDaysThatEndedInKoreaMayBeClosed() {
        assertFalse(BusinessDay.hasEnded(LocalDate.of(2026, 3, 11), LATE_EVENING_UTC), "today in Korea");
        assertFalse(BusinessDay.hasEnded(LocalDate.of(2026, 3, 12), LATE_EVENING_UTC), "tomorrow");
        assertTrue(BusinessDay.hasEnded(LocalDate.of(2026, 3, 10), LATE_EVENING_UTC),
                "yesterday in Korea, although still today in UTC");
        assertTrue(BusinessDay.hasEnded(LocalDate.of(1999, 1, 6), LATE_EVENING_UTC));
    }

    @Test
    void theMinuteAfterMidnightInSeoulYesterdayMayBeClosed() {
        Clock justAfterMidnight = Clock.fixed(Instant.parse("2026-03-10T15:00:30Z"), ZoneOffset.UTC);
        assertTrue(BusinessDay.hasEnded(LocalDate.of(2026, 3, 10), justAfterMidnight));
        assertFalse(BusinessDay.hasEnded(LocalDate.of(2026, 3, 11), justAfterMidnight));
    }

    @Test
    void catchUpClosesEveryMissedDaySinceTheFirstClosingOldestFirst() {
        LocalDate today = LocalDate.of(2026, 3, 11);
        List<LocalDate> missed = BusinessDay.missedDays(today, LocalDate.of(2026, 3, 5),
                Set.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8)));
        assertEquals(List.of(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10)), missed);
    }

    @Test
    void aDayClosedByHandIsNotClosedAgain() {
        LocalDate today = LocalDate.of(2026, 3, 11);
        assertEquals(List.of(), BusinessDay.missedDays(today, LocalDate.of(2026, 3, 9),
                Set.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10))));
    }

    @Test
    void catchUpLooksBackAtMostThirtyOneDays() {
        LocalDate today = LocalDate.of(2026, 3, 11);
        List<LocalDate> missed = BusinessDay.missedDays(today, LocalDate.of(2025, 1, 1), Set.of());
        assertEquals(BusinessDay.CATCH_UP_DAYS, missed.size());
        assertEquals(today.minusDays(31), missed.get(0));
        assertEquals(today.minusDays(1), missed.get(missed.size() - 1));
    }

    @Test
    void withNothingEverClosedOnlyYesterdayIsClosed() {
        LocalDate today = LocalDate.of(2026, 3, 11);
        assertEquals(List.of(LocalDate.of(2026, 3, 10)), BusinessDay.missedDays(today, null, Set.of()));
    }

    @Test
    void neverTodayEvenWhenTodayWasClosedByAnOlderVersion() {
        LocalDate today = LocalDate.of(2026, 3, 11);
        assertEquals(List.of(LocalDate.of(2026, 3, 10)), BusinessDay.missedDays(today, today, Set.of(today)));
    }
}
