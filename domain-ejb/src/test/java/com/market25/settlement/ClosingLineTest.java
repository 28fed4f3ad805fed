package com.market25.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.market25.payment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosingLineTest {

    @Test
    void aDaysClosingAddsUpEveryPaymentMethod() {
        LocalDate day = LocalDate.of(1999, 1, 6);
        var lines = List.of(new ClosingLine(day, PaymentMethod.CARD, 2, new BigDecimal("2851500")),
                new ClosingLine(day, PaymentMethod.BANK_TRANSFER, 1, new BigDecimal("56000")));
        assertEquals(3, ClosingLine.orderCount(lines));
        assertEquals(new BigDecimal("2907500"), ClosingLine.amount(lines));
    }
}
