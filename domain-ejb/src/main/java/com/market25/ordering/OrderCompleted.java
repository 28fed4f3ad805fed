package com.market25.ordering;

import java.time.LocalDate;

/** Fired inside the transaction that moves an order to 주문완료; bonus is credited on it. */
public record OrderCompleted(long orderId, String slipNo, long memberId, LocalDate completedOn) {
}
