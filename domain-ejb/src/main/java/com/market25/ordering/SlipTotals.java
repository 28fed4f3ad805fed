package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The footer of 전표별 주문관리 over ALL slips the filter matches (SET-03): how many, 기간내 주문
 * 총액 (what they sold: cancelled and returned slips sold nothing), and 전표당 주문 총액 (that
 * total per selling slip, whole won).
 */
public record SlipTotals(long count, long sellingCount, BigDecimal periodTotal) implements Serializable {

    public BigDecimal perSlip() {
        return sellingCount == 0 ? BigDecimal.ZERO
                : periodTotal.divide(BigDecimal.valueOf(sellingCount), 0, RoundingMode.HALF_UP);
    }
}
