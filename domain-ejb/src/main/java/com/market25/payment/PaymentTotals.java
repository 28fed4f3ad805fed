package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The footer of 결제별 주문관리 over ALL payments the filter matches: how many, and 기간내
 * 결제총액 = the amounts of those that hold money (APPROVED); declined, cancelled and open
 * attempts are listed but add nothing.
 */
public record PaymentTotals(long count, long approvedCount, BigDecimal approvedTotal) implements Serializable {
}
