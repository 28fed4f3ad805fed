package com.market25.ordering;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The one-time id a page puts into a form that spends money (checkout, pay again). It is stored
 * with what the form caused (the order, the payment attempt), so the same form sent again (a
 * double click, two tabs, a retried POST) finds that instead of doing it twice.
 */
public final class FormKey {

    /** Column length of {@code customer_order.checkout_key} and {@code payment.request_key}. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{16," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormKey() {
    }

    /** 22 URL-safe characters from 128 random bits. */
    public static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Only what {@link #newKey()} could have made (and fits its column). */
    public static boolean isWellFormed(String key) {
        return key != null && WELL_FORMED.matcher(key).matches();
    }
}
