package com.market25.admin.slips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateShortcutTest {

    // a Thursday
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 16);

    @Test
    void todayIsJustToday() {
        assertEquals(TODAY, DateShortcut.TODAY.from(TODAY));
        assertEquals(TODAY, DateShortcut.TODAY.to(TODAY));
    }

    @Test
    void weekStartsOnMonday() {
        assertEquals(LocalDate.of(2025, 10, 13), DateShortcut.WEEK.from(TODAY));
        assertEquals(LocalDate.of(2025, 10, 13), DateShortcut.WEEK.from(LocalDate.of(2025, 10, 13)));
        assertEquals(LocalDate.of(2025, 10, 13), DateShortcut.WEEK.from(LocalDate.of(2025, 10, 19)));
    }

    @Test
    void weekCanStartInThePreviousYear() {
        assertEquals(LocalDate.of(2024, 12, 30), DateShortcut.WEEK.from(LocalDate.of(2025, 1, 2)));
    }

    @Test
    void monthAndYearStartOnTheirFirstDay() {
        assertEquals(LocalDate.of(2025, 10, 1), DateShortcut.MONTH.from(TODAY));
        assertEquals(LocalDate.of(2025, 1, 1), DateShortcut.YEAR.from(TODAY));
        assertEquals(TODAY, DateShortcut.YEAR.to(TODAY));
    }

    @Test
    void labelsAreUiKeys() {
        assertEquals("slips.shortcut.MONTH", DateShortcut.MONTH.labelKey());
    }
}
