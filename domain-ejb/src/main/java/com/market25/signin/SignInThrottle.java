package com.market25.signin;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * Limits that do not belong to one account (per server, in memory): failures per client
 * address, and failures for login ids that do not exist, which lock exactly like a real
 * account does so the answers never tell the two apart.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SignInThrottle {

    /** Failures from one address before it is refused for the rest of the window. */
    public static final int MAX_FAILURES_PER_ADDRESS = 20;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private final FailureWindow addresses = new FailureWindow(MAX_FAILURES_PER_ADDRESS, ADDRESS_WINDOW, 100_000);
    private final FailureWindow unknownLogins =
            new FailureWindow(SignInRecord.MAX_FAILURES, SignInRecord.LOCK_DURATION, 100_000);

    public boolean isThrottled(String clientAddress) {
        return clientAddress != null && addresses.isRefused(clientAddress, Instant.now());
    }

    public void recordFailure(String clientAddress) {
        if (clientAddress != null) {
            addresses.recordFailure(clientAddress, Instant.now());
        }
    }

    /** A failure for a login id that does not exist; true when that id now answers "locked". */
    public boolean recordUnknownLogin(String realm, String loginId) {
        return unknownLogins.recordFailure(realm + ":" + loginId.toLowerCase(java.util.Locale.ROOT), Instant.now());
    }

    public boolean isUnknownLoginLocked(String realm, String loginId) {
        return unknownLogins.isRefused(realm + ":" + loginId.toLowerCase(java.util.Locale.ROOT), Instant.now());
    }
}
