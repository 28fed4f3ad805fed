package com.market25.common;

/** Numbers an installation may set in Payara's environment (README "limits and caches"). */
public final class Settings {

    private Settings() {
    }

    /** The environment variable as a whole number; absent, blank or not a number gives {@code fallback}. */
    public static long number(String environmentVariable, long fallback) {
        String value = System.getenv(environmentVariable);
        try {
            return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
