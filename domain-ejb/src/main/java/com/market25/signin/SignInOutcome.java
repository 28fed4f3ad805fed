package com.market25.signin;

/**
 * What a sign-in attempt came to. {@link #REFUSED} is the same answer for an unknown login id
 * and a wrong password, so the page cannot be used to find out which accounts exist.
 */
public enum SignInOutcome {
    SIGNED_IN,
    REFUSED,
    /** Too many failures in a row: refused for a while, even with the right password. */
    LOCKED,
    /** Too many failures from one client address: refused for a while, whatever is typed. */
    THROTTLED;

    /** Key of the message the sign-in page shows (domain bundle). */
    public String messageKey() {
        return switch (this) {
            case SIGNED_IN -> "signin.ok";
            case REFUSED -> "error.login";
            case LOCKED -> "error.loginLocked";
            case THROTTLED -> "error.loginThrottled";
        };
    }
}
