package com.market25.payment.gateway;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CardApprovalRequestTest {

    @Test
    void toStringNeverShowsTheFullCardNumber() {
        CardApprovalRequest r = new CardApprovalRequest("ORD-1", new BigDecimal("15000"), "BC",
                "1111222233334444", "3012", 0);
        String s = r.toString();
        assertFalse(s.contains("1111222233334444"), s);
        assertFalse(s.contains("22223333"), s);
        assertTrue(s.contains("1111-22**-****-4444"), s);
        assertTrue(s.contains("ORD-1"), s);
    }
}
