package com.market25.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects field errors so a form reports all its problems at once, not the first one. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^0\\d{1,2}-?\\d{3,4}-?\\d{4}$");
    private static final Pattern POSTAL_CODE = Pattern.compile("^\\d{5,6}$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public Checks required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "error.required");
        }
        return this;
    }

    /**
     * Refuses text longer than its column: MariaDB counts characters (code points), so a Korean
     * name of 60 letters fits VARCHAR(60) and an emoji counts once.
     */
    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            reject(field, tooLongKey(max));
        }
        return this;
    }

    /** "error.tooLong.60" (says the limit) where the bundles have it, else "error.tooLong". */
    static String tooLongKey(int max) {
        String key = "error.tooLong." + max;
        return MESSAGES.containsKey(key) ? key : "error.tooLong";
    }

    private static final java.util.ResourceBundle MESSAGES =
            java.util.ResourceBundle.getBundle("com.market25.i18n.Messages", java.util.Locale.ROOT);

    public Checks email(String field, String value) {
        if (present(value) && !EMAIL.matcher(value.trim()).matches()) {
            reject(field, "error.email");
        }
        return this;
    }

    public Checks phone(String field, String value) {
        if (present(value) && !PHONE.matcher(value.trim()).matches()) {
            reject(field, "error.phone");
        }
        return this;
    }

    public Checks postalCode(String field, String value) {
        if (present(value) && !POSTAL_CODE.matcher(value.trim()).matches()) {
            reject(field, "error.postalCode");
        }
        return this;
    }

    public Checks that(boolean condition, String field, String messageKey) {
        if (!condition) {
            reject(field, messageKey);
        }
        return this;
    }

    /** The first problem found for a field wins: it is usually the most basic one. */
    public Checks reject(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
