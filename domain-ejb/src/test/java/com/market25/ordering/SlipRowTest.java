package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlipRowTest {

    private static SlipRow slip(OrderStatus status, String amount) {
        return new SlipRow(1, "0000003222", status, null, null, null, "WEB_MASTER", "0040", Channel.INTERNET,
                new BigDecimal(amount), "217602212226142", "안미란");
    }

    @Test
    void thePeriodTotalAddsTheListedSlipsButNotCancelledOnes() {
        var rows = List.of(slip(OrderStatus.PAID, "75000"), slip(OrderStatus.COMPLETED, "2776500"),
                slip(OrderStatus.CANCELLED, "540000"));
        assertEquals(new BigDecimal("2851500"), SlipRow.periodTotal(rows));
    }

    @Test
    void anEmptyListTotalsZero() {
        assertEquals(BigDecimal.ZERO, SlipRow.periodTotal(List.of()));
    }
}
