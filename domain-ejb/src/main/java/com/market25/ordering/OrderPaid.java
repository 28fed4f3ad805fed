package com.market25.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Fired inside the transaction that moves an order to 입금완료, once per order (the order's row
 * lock and status check make a second completion impossible). Carries what the customer bought,
 * so observers (RFM, MKT-13) need not read the order back.
 */
public record OrderPaid(long orderId, String slipNo, long memberId, LocalDate paidOn, BigDecimal amount,
        List<Item> items) {

    public record Item(int lineNo, String productCode, int quantity, BigDecimal amount) {
    }

    public int quantity() {
        return items.stream().mapToInt(Item::quantity).sum();
    }
}
