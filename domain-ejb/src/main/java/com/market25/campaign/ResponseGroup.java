package com.market25.campaign;

import java.math.BigDecimal;

/**
 * The customers of one group who did or did not respond, with their revenue in the period before
 * the campaign and in its response period (and that revenue's sum of squares, for the interval).
 */
public record ResponseGroup(TargetGroup group, boolean responded, long customers, BigDecimal revenueBefore,
        BigDecimal revenueAfter, BigDecimal revenueAfterSquares) {
}
