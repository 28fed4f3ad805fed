package com.market25.customerimport;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A good line of an import file, as it goes into the staging table: a purchase (customer id,
 * date, quantity, amount in minor units, the order it belongs to) or a customer (contact data),
 * or both for an invoice line that names its customer.
 */
public record StagedRow(int line, String externalId, String orderRef, LocalDate purchasedOn, Integer quantity,
        BigDecimal amount, boolean cancelled, String name, String phone, String email, String address,
        String company) {

    static StagedRow purchase(int line, String externalId, String orderRef, LocalDate on, int quantity,
            BigDecimal amount, boolean cancelled) {
        return new StagedRow(line, externalId, orderRef, on, quantity, amount, cancelled, null, null, null, null, null);
    }

    static StagedRow customer(int line, String externalId, String name, String phone, String email, String address,
            String company) {
        return new StagedRow(line, externalId, null, null, null, null, false, name, phone, email, address, company);
    }

    /**
     * The customer id as a number when it is one ({@code 00017} → 17), so customers are numbered
     * in the numeric order of their ids; null for ids with anything but digits.
     */
    public BigDecimal idNumber() {
        return CustomerIds.asNumber(externalId);
    }
}
