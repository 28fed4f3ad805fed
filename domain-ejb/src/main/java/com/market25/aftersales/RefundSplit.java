package com.market25.aftersales;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Which part of refunded items goes back as money (card or bank) and which as bonus, when part
 * of the order was paid with bonus (BON-04). The rule:
 * <ul>
 * <li>Bonus is spread over the order in proportion to the amounts: the items' share of the bonus
 * is {@code items × bonusUsed / total}, rounded <em>down</em> to whole won; the rest of the items'
 * amount goes back as money. Neither part exceeds what is left of it (bonus not given back yet,
 * money paid and not refunded yet).</li>
 * <li>The refund that leaves no item sold gives back exactly what is left of both, so that an order
 * refunded in several steps ends with every won of money and bonus back, never more.</li>
 * <li>Nothing paid yet (주문접수): only the bonus share comes back; there is no money to return.</li>
 * </ul>
 */
public record RefundSplit(BigDecimal money, BigDecimal bonus) {

    /**
     * @param total the order's total (all items, as ordered)
     * @param bonusUsed bonus spent on the order
     * @param bonusReturned bonus given back before
     * @param moneyPaid money paid for the order (zero when unpaid)
     * @param moneyRefunded money given back before
     * @param items the amount of the items refunded now
     * @param last whether no item stays sold after this refund
     */
    public static RefundSplit of(BigDecimal total, BigDecimal bonusUsed, BigDecimal bonusReturned, BigDecimal moneyPaid,
            BigDecimal moneyRefunded, BigDecimal items, boolean last) {
        BigDecimal bonusLeft = bonusUsed.subtract(bonusReturned).max(BigDecimal.ZERO);
        BigDecimal moneyLeft = moneyPaid.subtract(moneyRefunded).max(BigDecimal.ZERO);
        if (last) {
            return new RefundSplit(moneyLeft, bonusLeft);
        }
        BigDecimal bonus = total.signum() == 0 ? BigDecimal.ZERO
                : items.multiply(bonusUsed).divide(total, 0, RoundingMode.DOWN).min(bonusLeft);
        BigDecimal money = items.subtract(bonus).min(moneyLeft).max(BigDecimal.ZERO);
        return new RefundSplit(money, bonus);
    }

    public BigDecimal total() {
        return money.add(bonus);
    }
}
