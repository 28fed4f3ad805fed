package com.market25.delivery;

import java.io.Serializable;

/**
 * A carrier's tracking-number format (송장번호 규칙): digits only, a length range and an optional
 * check digit. Spaces and hyphens as people type or carriers print them ("6892-1234-5678") are
 * dropped first.
 */
public record TrackingRule(int minLength, int maxLength, CheckDigit checkDigit) implements Serializable {

    /** The number as stored, or the reason it is refused. */
    public record Checked(String number, String errorKey, Object[] args) implements Serializable {
        public boolean ok() {
            return errorKey == null;
        }
    }

    public TrackingRule {
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("length " + minLength + ".." + maxLength);
        }
        checkDigit = checkDigit == null ? CheckDigit.NONE : checkDigit;
    }

    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '-' && c != ' ' && c != '\u00a0' && c != '\t') {
                s.append(c);
            }
        }
        return s.toString();
    }

    public Checked check(String raw) {
        String n = normalize(raw);
        if (n.isEmpty()) {
            return new Checked(n, "error.delivery.trackingMissing", new Object[0]);
        }
        for (int i = 0; i < n.length(); i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return new Checked(n, "error.delivery.trackingDigits", new Object[0]);
            }
        }
        if (n.length() < minLength || n.length() > maxLength) {
            return new Checked(n, "error.delivery.trackingLength",
                    new Object[] {lengthText(), n.length()});
        }
        if (!checkDigit.accepts(n)) {
            return new Checked(n, "error.delivery.trackingCheckDigit", new Object[0]);
        }
        return new Checked(n, null, new Object[0]);
    }

    /** "12" or "10~12". */
    public String lengthText() {
        return minLength == maxLength ? Integer.toString(minLength) : minLength + "~" + maxLength;
    }
}
