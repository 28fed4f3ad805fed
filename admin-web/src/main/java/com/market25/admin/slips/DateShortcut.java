package com.market25.admin.slips;

import com.market25.ordering.PeriodShortcut;
import java.time.LocalDate;

/**
 * 금일 / 금주 / 금월 / 금년 of the order-date filter: the range from the start of the period to
 * today (a period's future days have no orders yet). A week starts on Monday.
 */
public enum DateShortcut {
    TODAY, WEEK, MONTH, YEAR;

    /** The first day of the period that contains {@code today} (the rule is the domain's {@link PeriodShortcut}). */
    public LocalDate from(LocalDate today) {
        return PeriodShortcut.valueOf(name()).from(today);
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
