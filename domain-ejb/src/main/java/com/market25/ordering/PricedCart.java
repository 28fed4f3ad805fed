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
}
