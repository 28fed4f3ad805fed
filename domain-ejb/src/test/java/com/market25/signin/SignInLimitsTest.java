package com.market25.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.CountingWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** SHOP-04 / ADM-02 sign-in limits: account lock after five failures, per-address throttle. */
class SignInLimitsTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 2, 12, 0);

    @Test
    void theFifthConsecutiveFailureLocksTheAccountForFifteenMinutes() {
        var record = new SignInRecord();
        for (int i = 1; i <= 4; i++) {
            assertFalse(record.recordFailure(NOON.plusSeconds(i)), "failure " + i + " does not lock");
            assertFalse(record.isLocked(NOON.plusSeconds(i)));
        }
        assertTrue(record.recordFailure(NOON.plusSeconds(5)), "the fifth locks");
        assertTrue(record.isLocked(NOON.plusSeconds(5)));
        assertTrue(record.isLocked(NOON.plusSeconds(5).plusMinutes(14)), "still locked after 14 minutes");
        assertFalse(record.isLocked(NOON.plusSeconds(5).plusMinutes(15)), "open again after 15 minutes");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAgain() {
        var record = new SignInRecord();
        for (int i = 0; i < 4; i++) {
            record.recordFailure(NOON);
        }
        record.recordSuccess(NOON);
        for (int i = 0; i < 4; i++) {
            assertFalse(record.recordFailure(NOON), "only consecutive failures count");
        }
        assertEquals(NOON, record.lastSignInAt());
    }

    @Test
    void afterTheLockRunsOutOneFailureDoesNotLockAgain() {
        var record = new SignInRecord();
        for (int i = 0; i < 5; i++) {
            record.recordFailure(NOON);
        }
        LocalDateTime later = NOON.plusMinutes(16);
        assertFalse(record.recordFailure(later));
        assertFalse(record.isLocked(later));
    }

    @Test
    void staffUnlockingOpensTheAccountAtOnce() {
        var record = new SignInRecord();
        for (int i = 0; i < 5; i++) {
            record.recordFailure(NOON);
        }
        record.unlock();
        assertFalse(record.isLocked(NOON.plusSeconds(1)));
    }

    @Test
    void anAddressIsRefusedAfterTheLimitWithinTheWindowAndFreedAfterIt() {
        var window = new CountingWindow(3, Duration.ofMinutes(10), 100);
        Instant t = Instant.parse("2026-12-02T03:00:00Z");
        assertFalse(window.record("10.0.0.1", t));
        assertFalse(window.record("10.0.0.1", t.plusSeconds(1)));
        assertTrue(window.record("10.0.0.1", t.plusSeconds(2)));
        assertTrue(window.isRefused("10.0.0.1", t.plusSeconds(3)));
        assertFalse(window.isRefused("10.0.0.2", t.plusSeconds(3)), "other addresses are not affected");
        assertTrue(window.isRefused("10.0.0.1", t.plusSeconds(2).plus(Duration.ofMinutes(9))));
        assertFalse(window.isRefused("10.0.0.1", t.plusSeconds(2).plus(Duration.ofMinutes(10))));
    }

    @Test
    void failuresSpreadOverMoreThanOneWindowDoNotAddUp() {
        var window = new CountingWindow(3, Duration.ofMinutes(10), 100);
        Instant t = Instant.parse("2026-12-02T03:00:00Z");
        window.record("a", t);
        window.record("a", t.plusSeconds(60));
        assertFalse(window.record("a", t.plus(Duration.ofMinutes(11))));
    }

    @Test
    void aFloodOfMadeUpKeysStaysBoundedInMemory() {
        var window = new CountingWindow(3, Duration.ofMinutes(10), 1000);
        Instant t = Instant.parse("2026-12-02T03:00:00Z");
        for (int i = 0; i < 50_000; i++) {
            window.record("k" + i, t);
        }
        assertTrue(window.size() <= 1000, "size " + window.size());
    }
}
