package com.market25.ordering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * 금일 / 금주 / 금월 / 금년 of the order screens' order-date filter (SET-03): the range from the
 * start of the period to today, both inclusive (a period's future days have no orders yet). A
 * week starts on Monday, as Korean calendars and business weeks do. The screens open on
 * {@link #DEFAULT}. "Today" is the server's day, which runs on Asia/Seoul.
 */
public enum PeriodShortcut {
    TODAY, WEEK, MONTH, YEAR;

    /** What the order screens show when they open: this month's slips. */
    public static final PeriodShortcut DEFAULT = MONTH;

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

    /** The shortcut whose range is exactly {@code from..to} on {@code today}, if any (to light its button). */
    public static PeriodShortcut matching(LocalDate from, LocalDate to, LocalDate today) {
        for (PeriodShortcut s : values()) {
            if (s.from(today).equals(from) && s.to(today).equals(to)) {
                return s;
            }
        }
        return null;
    }

    /** Message key of its label, e.g. {@code period.TODAY} (금일). */
    public String labelKey() {
        return "period." + name();
    }
}
