package com.market25.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A user-defined field's value in the column of its type (MEM-05): exactly one of the four is
 * set, so segments compare numbers as numbers and dates as dates. {@link #parse} is the only
 * way in, and refuses what the column would not hold.
 */
record TypedValue(String text, BigDecimal number, LocalDate date, String code) {

    static final int MAX_TEXT = 300;
    /** DECIMAL(18,4): 14 digits before the point, 4 after. */
    private static final int MAX_INTEGER_DIGITS = 14;
    private static final int MAX_SCALE = 4;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Thrown with the message key for the field. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String messageKey;

        Refused(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }
    }

    /** Null for a blank input (the value is removed). */
    static TypedValue parse(FieldDefinition field, String input) throws Refused {
        if (input == null || input.isBlank()) {
            return null;
        }
        String value = input.strip();
        switch (field.type()) {
            case TEXT -> {
                if (value.codePointCount(0, value.length()) > MAX_TEXT) {
                    throw new Refused("error.tooLong.300");
                }
                if (PrivacyRules.containsResidentNumber(value)) {
                    throw new Refused("error.residentNumber");
                }
                return new TypedValue(value, null, null, null);
            }
            case NUMBER -> {
                BigDecimal n;
                try {
                    n = new BigDecimal(value.replace(",", ""));
                } catch (NumberFormatException e) {
                    throw new Refused("error.field.number");
                }
                n = n.stripTrailingZeros();
                if (n.scale() > MAX_SCALE || n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
                    throw new Refused("error.field.numberRange");
                }
                return new TypedValue(null, n, null, null);
            }
            case DATE -> {
                try {
                    return new TypedValue(null, null, LocalDate.parse(value, DATE), null);
                } catch (DateTimeParseException e) {
                    throw new Refused("error.customer.date");
                }
            }
            case CODE -> {
                if (field.options().stream().noneMatch(o -> o.code().equals(value))) {
                    throw new Refused("error.customer.choice");
                }
                return new TypedValue(null, null, null, value);
            }
            default -> throw new IllegalStateException("unknown field type " + field.type());
        }
    }

    /** The value as staff type it, for the form. */
    String asText() {
        if (number != null) {
            return number.toPlainString();
        }
        if (date != null) {
            return date.toString();
        }
        return text != null ? text : code;
    }
}
