package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pay-again on one order: at most five attempts in any hour. */
class PayAttemptLimitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 14, 0);

    @Test
    void fiveAttemptsAnHourAreAllowedNotSix() {
        assertTrue(PayAttemptLimit.allows(4));
        assertFalse(PayAttemptLimit.allows(5));
        assertFalse(PayAttemptLimit.allows(6));
    }

    @Test
    void onlyAttemptsOfTheLastHourCount() {
        assertEquals(NOW.minusHours(1), PayAttemptLimit.windowStart(NOW));
        List<LocalDateTime> attempts = List.of(NOW.minusMinutes(70), NOW.minusMinutes(65), NOW.minusMinutes(50),
                NOW.minusMinutes(40), NOW.minusMinutes(30), NOW.minusMinutes(20));
        assertEquals(NOW, PayAttemptLimit.nextAllowedAt(attempts, NOW), "four in the last hour: allowed now");
    }

    @Test
    void afterFiveTheNextAttemptWaitsUntilTheOldestCountingOneIsAnHourOld() {
        List<LocalDateTime> attempts = List.of(NOW.minusMinutes(50), NOW.minusMinutes(40), NOW.minusMinutes(30),
                NOW.minusMinutes(20), NOW.minusMinutes(10));
        assertEquals(NOW.plusMinutes(10), PayAttemptLimit.nextAllowedAt(attempts, NOW));
    }
}
