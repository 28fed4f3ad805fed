package com.market25.delivery;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A closed delivery-fee settlement: its period, totals and lines per carrier. */
public record FeeSettlementView(long id, LocalDate from, LocalDate to, long parcels, BigDecimal total,
        String closedBy, LocalDateTime closedAt, List<FeeLine> lines) implements Serializable {
}
