package com.market25.payment;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;

/**
 * At most {@value #MAX_ATTEMPTS} payment attempts per order in any hour, however they end: card
 * testing through the pay-again form costs an attacker an hour per five numbers.
 */
public final class PayAttemptLimit {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration WINDOW = Duration.ofHours(1);

    private PayAttemptLimit() {
    }

    /** Attempts made after this moment count against the limit at {@code now}. */
    public static LocalDateTime windowStart(LocalDateTime now) {
        return now.minus(WINDOW);
    }

    public static boolean allows(long attemptsInWindow) {
        return attemptsInWindow < MAX_ATTEMPTS;
    }

    /**
     * When the next attempt is allowed, given the times of the attempts in the window: now if
     * fewer than the limit, else an hour after the oldest one that still counts.
     */
    public static LocalDateTime nextAllowedAt(Collection<LocalDateTime> attempts, LocalDateTime now) {
        var recent = attempts.stream().filter(t -> t.isAfter(windowStart(now)))
                .sorted(Comparator.reverseOrder()).toList();
        if (allows(recent.size())) {
            return now;
        }
        return recent.get(MAX_ATTEMPTS - 1).plus(WINDOW);
    }
}
