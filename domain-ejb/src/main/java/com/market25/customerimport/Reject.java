package com.market25.customerimport;

/**
 * One problem of a refused line, as the rejects report shows it: the line, the column, why
 * (a message key of the domain bundle, with an optional argument after a colon, e.g.
 * {@code import.reject.tooLong:60}) and the value found.
 */
public record Reject(int line, String column, String reason, String value) {

    /** The longest value kept in the report: enough to find the line in the file. */
    static final int VALUE_LENGTH = 200;

    public Reject {
        if (value != null && value.length() > VALUE_LENGTH) {
            value = value.substring(0, VALUE_LENGTH);
        }
    }

    /** The message key without its argument. */
    public String reasonKey() {
        int colon = reason.indexOf(':');
        return colon < 0 ? reason : reason.substring(0, colon);
    }

    /** The argument of the message ({@code 60} in {@code import.reject.tooLong:60}), or null. */
    public String reasonArgument() {
        int colon = reason.indexOf(':');
        return colon < 0 ? null : reason.substring(colon + 1);
    }
}
