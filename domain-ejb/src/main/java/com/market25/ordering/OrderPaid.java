package com.market25.ordering;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fired inside the transaction that moves an order to 입금완료 (once per order): the customer
 * database takes it as a purchase (MKT-13).
 */
public record OrderPaid(long orderId, String slipNo, long memberId, LocalDate paidOn, BigDecimal amount,
        int quantity) {
}
