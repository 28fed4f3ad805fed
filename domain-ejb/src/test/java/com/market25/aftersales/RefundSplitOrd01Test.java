package com.market25.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORD-01 / BON-04: which part of a refund goes back as money and which as bonus, in whole won. */
class RefundSplitOrd01Test {

    private static BigDecimal w(long won) {
        return BigDecimal.valueOf(won);
    }

    private static void assertSplit(long money, long bonus, RefundSplit split) {
        assertEquals(0, w(money).compareTo(split.money()), "money " + split);
        assertEquals(0, w(bonus).compareTo(split.bonus()), "bonus " + split);
    }

    @Test
    @DisplayName("ORD-01: without bonus the whole item amount goes back as money")
    void noBonusAllMoney() {
        assertSplit(30_000, 0, RefundSplit.of(w(100_000), w(0), w(0), w(100_000), w(0), w(30_000), false));
    }

    @Test
    @DisplayName("BON-04: bonus comes back in proportion to the items' share of the order")
    void bonusInProportion() {
        // 10,000 of bonus on 100,000: an item of 30,000 carries 3,000 of it
        assertSplit(27_000, 3_000, RefundSplit.of(w(100_000), w(10_000), w(0), w(90_000), w(0), w(30_000), false));
    }

    @Test
    @DisplayName("BON-04: the bonus share is rounded down to whole won, the won left over goes back as money")
    void bonusRoundedDown() {
        // 33,333 × 1,000 / 100,000 = 333.33 → 333 bonus, 33,000 money
        assertSplit(33_000, 333, RefundSplit.of(w(100_000), w(1_000), w(0), w(99_000), w(0), w(33_333), false));
    }

    @Test
    @DisplayName("ORD-01: the last refund gives back exactly what is left, so the order ends refunded to the won")
    void lastRefundTakesTheRest() {
        // three items of 33,333 / 33,333 / 33,334 on 100,000 with 1,000 bonus: 99,000 paid by card
        RefundSplit first = RefundSplit.of(w(100_000), w(1_000), w(0), w(99_000), w(0), w(33_333), false);
        RefundSplit second = RefundSplit.of(w(100_000), w(1_000), first.bonus(), w(99_000), first.money(), w(33_333), false);
        RefundSplit last = RefundSplit.of(w(100_000), w(1_000), first.bonus().add(second.bonus()), w(99_000),
                first.money().add(second.money()), w(33_334), true);
        assertEquals(0, w(99_000).compareTo(first.money().add(second.money()).add(last.money())), "all money back");
        assertEquals(0, w(1_000).compareTo(first.bonus().add(second.bonus()).add(last.bonus())), "all bonus back");
        assertSplit(33_000, 334, last);
    }

    @Test
    @DisplayName("ORD-01: a refund never gives back more money than was paid and not refunded yet")
    void neverMoreThanPaid() {
        assertSplit(5_000, 0, RefundSplit.of(w(100_000), w(0), w(0), w(100_000), w(95_000), w(30_000), false));
    }

    @Test
    @DisplayName("BON-04: an order paid in full by bonus gives only bonus back")
    void paidByBonusOnly() {
        assertSplit(0, 30_000, RefundSplit.of(w(100_000), w(100_000), w(0), w(0), w(0), w(30_000), false));
    }

    @Test
    @DisplayName("BON-04: cancelling items of an unpaid order gives back only their bonus share")
    void unpaidOrderOnlyBonus() {
        assertSplit(0, 2_000, RefundSplit.of(w(100_000), w(10_000), w(0), w(0), w(0), w(20_000), false));
        assertSplit(0, 10_000, RefundSplit.of(w(100_000), w(10_000), w(0), w(0), w(0), w(100_000), true));
    }
}
