package com.market25.ordering;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the delivery lists (DLV-01): status (입금완료 = not yet instructed, or 배송지시),
 * paid-date range (inclusive) and branch.
 */
public record DeliveryTargetQuery(OrderStatus status, LocalDate from, LocalDate to, String branchCode)
        implements Serializable {

    public DeliveryTargetQuery {
        if (status == null) {
            status = OrderStatus.PAID;
        }
        branchCode = branchCode == null || branchCode.isBlank() ? null : branchCode.trim();
    }
}
