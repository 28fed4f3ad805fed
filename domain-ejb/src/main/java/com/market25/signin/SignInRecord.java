package com.market25.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Consecutive failed sign-ins of one account and the lock they lead to: after
 * {@link #MAX_FAILURES} failures in a row the account refuses every sign-in, the right password
 * included, for {@link #LOCK_DURATION}; staff can lift the lock earlier.
 */
@Embeddable
public class SignInRecord {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @Column(name = "last_sign_in_at")
    private LocalDateTime lastSignInAt;

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; true when this failure locked the account. */
    public boolean recordFailure(LocalDateTime now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // the lock ran out: counting starts again
            lockedUntil = null;
            failedSignIns = 0;
        }
        if (isLocked(now)) {
            return false;
        }
        failedSignIns++;
        if (failedSignIns >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    public void recordSuccess(LocalDateTime now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public int failedSignIns() {
        return failedSignIns;
    }

    public LocalDateTime lockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime lastSignInAt() {
        return lastSignInAt;
    }
}
