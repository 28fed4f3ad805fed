package com.market25.ordering;

import java.math.BigDecimal;

/**
 * Fired inside the transaction that takes an order paid partly or wholly with bonus (BON-04);
 * the bonus ledger records the use in it, or refuses (more than is usable) and so rolls the
 * order back.
 */
public record BonusSpent(long orderId, String slipNo, long memberId, BigDecimal amount) {
}
