package com.market25.admin.slips;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * 금일 / 금주 / 금월 / 금년 of the order-date filter: the range from the start of the period to
 * today (a period's future days have no orders yet). A week starts on Monday.
 */
public enum DateShortcut {
    TODAY, WEEK, MONTH, YEAR;

    /** The first day of the period that contains {@code today}. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case TODAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case YEAR -> today.withDayOfYear(1);
        };
    }

    /** The last day of the range: today. */
    public LocalDate to(LocalDate today) {
        return today;
    }

    /** The message key of its button label, e.g. {@code slips.shortcut.TODAY} (금일). */
    public String labelKey() {
        return "slips.shortcut." + name();
    }
}
