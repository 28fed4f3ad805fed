package com.market25.payment.gateway;

/** Card number helpers: digits, Luhn check, masking for display and logs. */
public final class CardNumbers {

    private CardNumbers() {
    }

    /** The digits of {@code s} only (spaces, dashes and anything else removed); "" for null. */
    public static String digitsOnly(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * True if the number (spaces and dashes allowed as separators) has 12 to 19 digits and
     * passes the Luhn check. Any other character makes it invalid.
     */
    public static boolean luhnValid(String cardNumber) {
        if (cardNumber == null) {
            return false;
        }
        String cleaned = cardNumber.replace(" ", "").replace("-", "");
        if (cleaned.length() < 12 || cleaned.length() > 19 || !cleaned.equals(digitsOnly(cleaned))) {
            return false;
        }
        int sum = 0;
        boolean doubleIt = false;
        for (int i = cleaned.length() - 1; i >= 0; i--) {
            int d = cleaned.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /**
     * Masks a card number for display: first 6 and last 4 digits visible, the rest '*',
     * grouped by 4 with '-'. "1111222233334444" gives "1111-22**-****-4444". Numbers shorter
     * than 12 digits show only the last 4. Null or no digits gives "".
     */
    public static String mask(String cardNumber) {
        String d = digitsOnly(cardNumber);
        int n = d.length();
        if (n == 0) {
            return "";
        }
        int head = n >= 12 ? 6 : 0;
        int tail = Math.min(4, n);
        StringBuilder b = new StringBuilder(n + n / 4);
        for (int i = 0; i < n; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(i < head || i >= n - tail ? d.charAt(i) : '*');
        }
        return b.toString();
    }
}
