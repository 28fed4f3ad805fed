package com.market25.customerimport;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How amounts of foreign files become {@code purchase_history.amount} (DECIMAL(14,0)): both
 * built-in purchase logs are in a currency with cents (CDNOW in US dollars, Online Retail in
 * pounds sterling), and no exchange rate of the purchase day is in the file. The import keeps the
 * amount exactly in the currency's minor unit: amount × 100 (11.77 dollars → 1177). Dividing by
 * 100 gives the file's figure back, so anyone can check an RFM monetary value against the file.
 * A mapped xlsx purchase log is taken as won (no cents): its amounts are stored as they are,
 * rounded to whole units. See docs/imports.md.
 */
public final class Amounts {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Amounts() {
    }

    /** {@code 11.77} → {@code 1177}; a third decimal is rounded half up (UCI has prices like 0.165). */
    public static BigDecimal minorUnits(BigDecimal major) {
        return major.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP);
    }

    /** Parses a decimal as files write it: optional thousands commas, a leading currency sign; null when it is none. */
    public static BigDecimal parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace(",", "").replaceFirst("^[$£₩€]", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
