package com.market25.aftersales;

import java.io.Serializable;

/**
 * Filters of the after-sales list: kind and status (null = any), only open claims, a slip number.
 * Sorted by {@code sortField} (requestedAt, amount, status, slipNo) ascending or not; newest first
 * by default.
 */
public record ClaimQuery(ClaimKind kind, ClaimStatus status, boolean openOnly, String slipNo, String sortField,
        boolean ascending) implements Serializable {

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, false, null, null, false);
    }
}
