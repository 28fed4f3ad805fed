package com.market25.ordering;

import java.math.BigDecimal;

/**
 * Fired inside the transaction that records money or bonus given back on a paid order (a partial
 * cancel or a return): {@code keptAmount} is what the customer still bought, the order's total less
 * everything refunded so far — an absolute figure, so hearing it twice changes nothing.
 */
public record OrderRefunded(long orderId, String slipNo, long memberId, BigDecimal keptAmount) {
}
