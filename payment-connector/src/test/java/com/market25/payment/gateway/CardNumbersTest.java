package com.market25.payment.gateway;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void masksFirstSixAndLastFourGroupedByFour() {
        assertEquals("1111-22**-****-4444", CardNumbers.mask("1111222233334444"));
    }

    @Test
    void masksNumbersWrittenWithSeparators() {
        assertEquals("4111-11**-****-1111", CardNumbers.mask("4111 1111-1111 1111"));
    }

    @Test
    void masksFifteenDigitNumbersKeepingSixAndFour() {
        assertEquals("3782-82**-***0-005", CardNumbers.mask("378282246310005"));
    }

    @Test
    void maskOfNullIsEmpty() {
        assertEquals("", CardNumbers.mask(null));
    }

    @Test
    void digitsOnlyDropsEverythingElse() {
        assertEquals("4111111111111111", CardNumbers.digitsOnly("4111-1111 1111/1111"));
        assertEquals("", CardNumbers.digitsOnly(null));
    }

    @Test
    void luhnAcceptsKnownValidNumbers() {
        assertTrue(CardNumbers.luhnValid("4111111111111111"));
        assertTrue(CardNumbers.luhnValid("4111-1111-1111-1111"));
        assertTrue(CardNumbers.luhnValid("378282246310005"));
    }

    @Test
    void luhnRejectsWrongCheckDigit() {
        assertFalse(CardNumbers.luhnValid("4111111111111112"));
    }

    @Test
    void luhnRejectsLettersShortAndNull() {
        assertFalse(CardNumbers.luhnValid("4111a11111111111"));
        assertFalse(CardNumbers.luhnValid("0000000"));
        assertFalse(CardNumbers.luhnValid(null));
    }

    @Test
    void simulatorTestCardsAreLuhnValid() {
        assertTrue(CardNumbers.luhnValid("4000000000000002"));
        assertTrue(CardNumbers.luhnValid("4000000000000069"));
        assertTrue(CardNumbers.luhnValid("4000000000000119"));
    }
}
