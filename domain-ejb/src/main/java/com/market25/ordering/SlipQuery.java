package com.market25.ordering;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of 전표별 주문관리 (SET-03): order-date range (inclusive), slip status, branch. */
public record SlipQuery(LocalDate from, LocalDate to, OrderStatus status, String branchCode)
        implements Serializable {
}
