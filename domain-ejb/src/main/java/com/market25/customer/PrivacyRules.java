package com.market25.customer;

import java.util.regex.Pattern;

/**
 * What the customer database refuses to hold (MEM-06). A resident registration number
 * (주민등록번호) may not be collected without a law that demands it (개인정보 보호법 §24-2), and
 * no law demands it of a shop: any text staff type that contains one is refused, wherever it
 * was typed (a note, a hobby, a user-defined field).
 */
public final class PrivacyRules {

    /**
     * Six digits of a birth date, an optional dash or space, a sex digit 1–8 and six more digits;
     * digits right before or after make it some other number (a 16-digit card number, say).
     */
    private static final Pattern RESIDENT_NUMBER =
            Pattern.compile("(?<!\\d)\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])\\s?[-‐–]?\\s?[1-8]\\d{6}(?!\\d)");

    private PrivacyRules() {
    }

    public static boolean containsResidentNumber(String text) {
        return text != null && RESIDENT_NUMBER.matcher(text).find();
    }
}
