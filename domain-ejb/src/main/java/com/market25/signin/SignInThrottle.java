package com.market25.signin;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import com.market25.common.CountingWindow;
import com.market25.common.Settings;
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

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SignInThrottle.class.getName());

    /**
     * Failures from one address before it is refused for the rest of the window: ten accounts'
     * worth of locks. Behind a reverse proxy every visitor has the proxy's address, so the limit
     * is a setting ({@code MARKET25_SIGNIN_FAILURES_PER_ADDRESS}; 0 switches it off).
     */
    public static final int DEFAULT_FAILURES_PER_ADDRESS = 50;
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

    private final int failuresPerAddress = (int) Settings.number("MARKET25_SIGNIN_FAILURES_PER_ADDRESS",
            DEFAULT_FAILURES_PER_ADDRESS);
    private final CountingWindow addresses = new CountingWindow(Math.max(1, failuresPerAddress), ADDRESS_WINDOW,
            100_000);
    private final CountingWindow unknownLogins =
            new CountingWindow(SignInRecord.MAX_FAILURES, SignInRecord.LOCK_DURATION, 100_000);

    public boolean isThrottled(String clientAddress) {
        return failuresPerAddress > 0 && clientAddress != null && addresses.isRefused(clientAddress, Instant.now());
    }

    public void recordFailure(String clientAddress) {
        if (failuresPerAddress > 0 && clientAddress != null && addresses.record(clientAddress, Instant.now())) {
            LOG.warning(() -> "Sign-in refused for " + ADDRESS_WINDOW.toMinutes() + " minutes from " + clientAddress
                    + " after " + failuresPerAddress + " failures");
        }
    }

    /** A failure for a login id that does not exist; true when this failure locked that id. */
    public boolean recordUnknownLogin(String realm, String loginId) {
        return unknownLogins.record(realm + ":" + loginId.toLowerCase(java.util.Locale.ROOT), Instant.now());
    }

    public boolean isUnknownLoginLocked(String realm, String loginId) {
        return unknownLogins.isRefused(realm + ":" + loginId.toLowerCase(java.util.Locale.ROOT), Instant.now());
    }
}
