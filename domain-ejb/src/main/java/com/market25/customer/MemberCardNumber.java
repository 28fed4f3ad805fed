package com.market25.customer;

/**
 * The number printed on a member card (MEM-01): the member number, the card's issue number
 * (01 for the first card, 02 for the one that replaced a lost card …) and a Luhn check digit,
 * so a mistyped or misread number is recognised at the counter and a lost card's number stops
 * being the customer's the moment a new one is issued.
 */
public final class MemberCardNumber {

    /** Two digits of issue number. */
    public static final int MAX_ISSUES = 99;

    private MemberCardNumber() {
    }

    /** The number of the {@code issue}-th card of a member number made of digits. */
    public static String of(String memberNo, int issue) {
        if (memberNo == null || !memberNo.matches("\\d{1,17}")) {
            throw new IllegalArgumentException("member number must be 1-17 digits: " + memberNo);
        }
        if (issue < 1 || issue > MAX_ISSUES) {
            throw new IllegalArgumentException("issue must be 1.." + MAX_ISSUES + ": " + issue);
        }
        String body = memberNo + String.format("%02d", issue);
        return body + luhnDigit(body);
    }

    /** True for a number whose last digit is the Luhn check digit of the rest. */
    public static boolean isValid(String cardNo) {
        if (cardNo == null || !cardNo.matches("\\d{4,20}")) {
            return false;
        }
        String body = cardNo.substring(0, cardNo.length() - 1);
        return cardNo.charAt(cardNo.length() - 1) - '0' == luhnDigit(body);
    }

    /** Groups of four for the eye: 1000 0101 3 → "1000 0101 3". */
    public static String grouped(String cardNo) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cardNo.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(cardNo.charAt(i));
        }
        return out.toString();
    }

    static int luhnDigit(String body) {
        int sum = 0;
        boolean twice = true;
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
