package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodShortcutSet03Test {

    // a Thursday
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    @DisplayName("SET-03 금일 is today only")
    void todayIsTodayOnly() {
        assertEquals(TODAY, PeriodShortcut.TODAY.from(TODAY));
        assertEquals(TODAY, PeriodShortcut.TODAY.to(TODAY));
    }

    @Test
    @DisplayName("SET-03 금주 runs from Monday to today, across a year's end too")
    void weekStartsOnMonday() {
        assertEquals(LocalDate.of(2026, 11, 30), PeriodShortcut.WEEK.from(TODAY));
        assertEquals(LocalDate.of(2026, 11, 30), PeriodShortcut.WEEK.from(LocalDate.of(2026, 11, 30)));
        assertEquals(LocalDate.of(2026, 12, 28), PeriodShortcut.WEEK.from(LocalDate.of(2027, 1, 3)));
    }

    @Test
    @DisplayName("SET-03 금월 and 금년 start on their first day and end today")
    void monthAndYear() {
        assertEquals(LocalDate.of(2026, 12, 1), PeriodShortcut.MONTH.from(TODAY));
        assertEquals(LocalDate.of(2026, 1, 1), PeriodShortcut.YEAR.from(TODAY));
        assertEquals(TODAY, PeriodShortcut.YEAR.to(TODAY));
    }

    @Test
    @DisplayName("SET-03 the order screens open on this month's slips, and nothing else filtered")
    void screensOpenOnThisMonth() {
        SlipFilter opening = SlipFilter.opening(TODAY);
        assertEquals(LocalDate.of(2026, 12, 1), opening.from());
        assertEquals(TODAY, opening.to());
        assertNull(opening.status());
        assertEquals(CancelFilter.ALL, opening.cancel());
    }

    @Test
    @DisplayName("SET-03 typed dates light the shortcut whose range they are, and no other")
    void typedDatesMatchAShortcut() {
        assertEquals(PeriodShortcut.WEEK, PeriodShortcut.matching(LocalDate.of(2026, 11, 30), TODAY, TODAY));
        assertNull(PeriodShortcut.matching(LocalDate.of(2026, 11, 29), TODAY, TODAY));
    }
}
