package com.market25.settlement;

import com.market25.payment.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** 일일 마감 by payment method: how many orders were paid that day and for how much. */
public record ClosingLine(LocalDate closingDate, PaymentMethod method, int orderCount, BigDecimal amount)
        implements Serializable {
}
