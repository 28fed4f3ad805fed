package com.market25.shop.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts in won as the pages print them: 540,000원, or 540,000 KRW in English. An EL function
 * ({@code ${shop:won(amount, english)}}), not a tag file: Payara makes every tag-file handler
 * through its injection manager, which cost more than the rest of a product list together.
 */
public final class Won {

    private Won() {
    }

    public static String format(BigDecimal amount, Boolean english) {
        if (amount == null) {
            return "";
        }
        String digits = String.format(Locale.ROOT, "%,d", amount.setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        return Boolean.TRUE.equals(english) ? digits + " KRW" : digits + "원";
    }
}
