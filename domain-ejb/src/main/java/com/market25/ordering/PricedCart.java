package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A cart with server-side prices: the only totals the shop ever charges. */
public record PricedCart(List<PricedLine> lines, BigDecimal total, BigDecimal discountBonus,
        BigDecimal sponsorBonus) implements Serializable {

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean allAvailable() {
        return lines.stream().allMatch(PricedLine::available);
    }

    /** BON-04: whether this bonus leaves nothing to pay, so no other payment method is asked for. */
    public boolean paidInFullBy(BigDecimal bonus) {
        return bonus != null && bonus.signum() > 0 && bonus.compareTo(total) == 0;
    }
}
