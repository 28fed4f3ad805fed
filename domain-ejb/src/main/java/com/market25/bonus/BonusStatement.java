package com.market25.bonus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * 회원보너스보기 (SHOP-08): discount bonus A, sponsor bonus B, used C, total D = A+B−C,
 * unsettled E, usable D−E, and the entries behind them. A and B are net of bonus taken back for
 * refunded items, C net of bonus given back by cancels and returns.
 */
public record BonusStatement(BigDecimal discount, BigDecimal sponsor, BigDecimal used, BigDecimal unsettled,
        List<BonusLine> history) implements Serializable {

    /** Sums the lines of one member's history. */
    public static BonusStatement of(List<BonusLine> lines) {
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal sponsor = BigDecimal.ZERO;
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal unsettled = BigDecimal.ZERO;
        for (var line : lines) {
            switch (line.kind()) {
                case DISCOUNT -> discount = discount.add(line.amount());
                case DISCOUNT_BACK -> discount = discount.subtract(line.amount());
                case SPONSOR -> sponsor = sponsor.add(line.amount());
                case SPONSOR_BACK -> sponsor = sponsor.subtract(line.amount());
                case USED -> used = used.add(line.amount());
                case USED_BACK -> used = used.subtract(line.amount());
            }
            if (line.kind().settles() && !line.settled()) {
                unsettled = unsettled.add(line.amount().multiply(BigDecimal.valueOf(line.kind().sign())));
            }
        }
        return new BonusStatement(discount, sponsor, used, unsettled, lines);
    }

    public BigDecimal total() {
        return discount.add(sponsor).subtract(used);
    }

    public BigDecimal usable() {
        return total().subtract(unsettled);
    }

}
