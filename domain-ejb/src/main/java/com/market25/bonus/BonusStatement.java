package com.market25.bonus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 회원보너스보기 (SHOP-08): discount bonus A, sponsor bonus B, used C, total D = A+B−C,
 * unsettled E, usable D−E, and the entries behind them.
 */
public record BonusStatement(BigDecimal discount, BigDecimal sponsor, BigDecimal used, BigDecimal unsettled,
        List<BonusLine> history) implements Serializable {

    public BigDecimal total() {
        return discount.add(sponsor).subtract(used);
    }

    public BigDecimal usable() {
        return total().subtract(unsettled);
    }

}
