package com.market25.rfm;

import java.math.BigDecimal;

/**
 * One line of a snapshot's export: {@code customerId} is the id from the source file for an
 * imported customer, else the member number.
 */
public record SnapshotCustomer(String customerId, int recencyDays, int frequency, BigDecimal monetary, int r, int f,
        int m) {

    /** The export's columns, in this order. */
    public static final java.util.List<String> COLUMNS =
            java.util.List.of("customer_id", "recency_days", "frequency", "monetary", "r", "f", "m");
}
