package com.market25.delivery;

/**
 * How a carrier's tracking number checks itself. {@code MOD7}: the last digit is the number
 * formed by the other digits modulo 7, as on the 12-digit waybills of several Korean carriers
 * (switch it on per carrier once a real number of theirs passes).
 */
public enum CheckDigit {
    NONE, MOD7;

    boolean accepts(String digits) {
        if (this == NONE) {
            return true;
        }
        long body = 0;
        for (int i = 0; i < digits.length() - 1; i++) {
            body = (body * 10 + (digits.charAt(i) - '0')) % 7;
        }
        return body == digits.charAt(digits.length() - 1) - '0';
    }
}
