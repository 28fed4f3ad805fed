package com.market25.delivery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as carriers' files write them: 2026-12-03, 2026.12.03, 2026/12/03, 20261203, with or without 14:05[:30]. */
final class DeliveryDates {

    private static final Pattern DATE_TIME = Pattern.compile(
            "^(\\d{4})[-./]?(\\d{1,2})[-./]?(\\d{1,2})\\.?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?)?$");

    private DeliveryDates() {
    }

    /** The moment, or null when the text is not a date this reads. A date alone is noon of that day. */
    static LocalDateTime parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DATE_TIME.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return day.atTime(LocalTime.NOON);
            }
            return day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static String format(LocalDateTime t) {
        return t == null ? "" : t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

}
