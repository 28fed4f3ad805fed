package com.market25.receipt;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 공급가액 and 부가세 of a price that includes 10 % VAT, as Korean receipts print them: the VAT
 * is total × 10/110 rounded half up to the won, the supply value is the rest, so the two always
 * add up to the amount charged.
 */
public record VatSplit(BigDecimal supply, BigDecimal vat, BigDecimal total) implements Serializable {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal HUNDRED_TEN = BigDecimal.valueOf(110);

    public static VatSplit of(BigDecimal total) {
        if (total == null || total.signum() < 0) {
            throw new IllegalArgumentException("amount must be zero or more: " + total);
        }
        BigDecimal won = total.setScale(0, RoundingMode.UNNECESSARY);
        BigDecimal vat = won.multiply(TEN).divide(HUNDRED_TEN, 0, RoundingMode.HALF_UP);
        return new VatSplit(won.subtract(vat), vat, won);
    }
}
