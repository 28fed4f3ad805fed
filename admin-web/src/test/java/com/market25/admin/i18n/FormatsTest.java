package com.market25.admin.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void wonHasThousandsSeparatorsAndUnit() {
        assertEquals("540,000원", Formats.won(new BigDecimal("540000"), Texts.KOREAN));
        assertEquals("1,234,567원", Formats.won(new BigDecimal("1234567.00"), Texts.KOREAN));
        assertEquals("0원", Formats.won(BigDecimal.ZERO, Texts.KOREAN));
        assertEquals("KRW 540,000", Formats.won(new BigDecimal("540000"), Texts.ENGLISH));
        assertEquals("", Formats.won(null, Texts.KOREAN));
    }

    @Test
    void dateTimes() {
        assertEquals("1999-01-06 17:43:04", new Formats().dateTime(LocalDateTime.of(1999, 1, 6, 17, 43, 4)));
        assertEquals("", new Formats().dateTime(null));
    }
}
