package com.market25.delivery;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the shipment list (발송 내역): shipping-date range (inclusive), carrier, delivered or not. */
public record ShipmentQuery(LocalDate from, LocalDate to, Long carrierId, Boolean delivered) implements Serializable {
}
