package com.market25.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 청약철회: 7 days from delivery (전자상거래법 §17). */
class WithdrawalPeriodOrd01Test {

    private static final LocalDate DELIVERED = LocalDate.of(2026, 12, 1);

    @Test
    @DisplayName("SHOP-07: a return can be asked for on the day of delivery")
    void openOnDeliveryDay() {
        assertTrue(WithdrawalPeriod.isOpen(DELIVERED, DELIVERED));
    }

    @Test
    @DisplayName("SHOP-07: the seventh day after delivery is the last day")
    void seventhDayIsLast() {
        assertEquals(LocalDate.of(2026, 12, 8), WithdrawalPeriod.lastDay(DELIVERED));
        assertTrue(WithdrawalPeriod.isOpen(DELIVERED, LocalDate.of(2026, 12, 8)));
    }

    @Test
    @DisplayName("SHOP-07: from the eighth day after delivery no return is taken")
    void closedAfterSevenDays() {
        assertFalse(WithdrawalPeriod.isOpen(DELIVERED, LocalDate.of(2026, 12, 9)));
    }

    @Test
    @DisplayName("SHOP-07: goods not delivered yet cannot be returned")
    void notDelivered() {
        assertFalse(WithdrawalPeriod.isOpen(null, DELIVERED));
    }
}
