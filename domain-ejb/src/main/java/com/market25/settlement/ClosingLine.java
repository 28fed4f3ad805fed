package com.market25.settlement;

import com.market25.payment.PaymentMethod;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/** 일일 마감 by payment method: how many orders were paid that day and for how much. */
public record ClosingLine(LocalDate closingDate, PaymentMethod method, int orderCount, BigDecimal amount)
        implements Serializable {

    public static int orderCount(Collection<ClosingLine> lines) {
        return lines.stream().mapToInt(ClosingLine::orderCount).sum();
    }

    public static BigDecimal amount(Collection<ClosingLine> lines) {
        return lines.stream().map(ClosingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
