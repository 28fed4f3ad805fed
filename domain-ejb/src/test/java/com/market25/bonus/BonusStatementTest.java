package com.market25.bonus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BonusStatementTest {

    @Test
    void totalIsDiscountPlusSponsorMinusUsedAndUsableLeavesOutTheUnsettled() {
        var s = new BonusStatement(new BigDecimal("38000"), new BigDecimal("5600"), new BigDecimal("10000"),
                new BigDecimal("8400"), List.of());
        assertEquals(new BigDecimal("33600"), s.total());
        assertEquals(new BigDecimal("25200"), s.usable());
    }
}
