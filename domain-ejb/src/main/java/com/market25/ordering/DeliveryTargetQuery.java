package com.market25.ordering;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Filters of the delivery lists (DLV-01): status (입금완료 = not yet instructed, or 배송지시),
 * paid-date range (inclusive), branch and optionally one slip number.
 */
public record DeliveryTargetQuery(OrderStatus status, LocalDate from, LocalDate to, String branchCode, String slipNo)
        implements Serializable {

    public DeliveryTargetQuery(OrderStatus status, LocalDate from, LocalDate to, String branchCode) {
        this(status, from, to, branchCode, null);
    }

    public DeliveryTargetQuery {
        if (status == null) {
            status = OrderStatus.PAID;
        }
        branchCode = branchCode == null || branchCode.isBlank() ? null : branchCode.trim();
        slipNo = slipNo == null || slipNo.isBlank() ? null : slipNo.trim();
    }
}
