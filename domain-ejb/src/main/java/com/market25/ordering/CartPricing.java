package com.market25.ordering;

import com.market25.catalog.ProductView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prices a cart from catalog rows. Lines whose product left the catalog are dropped; lines
 * asking for more than the stock are kept but marked unavailable, so the customer sees why.
 */
public final class CartPricing {

    private CartPricing() {
    }

    public static PricedCart price(Cart cart, Map<String, ProductView> catalog) {
        List<PricedLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal discount = BigDecimal.ZERO;
        BigDecimal sponsor = BigDecimal.ZERO;
        for (var entry : cart.quantities().entrySet()) {
            ProductView p = catalog.get(entry.getKey());
            if (p == null) {
                continue;
            }
            int qty = entry.getValue();
            BigDecimal q = BigDecimal.valueOf(qty);
            BigDecimal amount = p.salePrice().multiply(q);
            BigDecimal lineDiscount = p.discountBonus().multiply(q);
            BigDecimal lineSponsor = p.sponsorBonus().multiply(q);
            lines.add(new PricedLine(p.id(), p.code(), p.name(), p.kind(), qty, p.salePrice(), amount,
                    lineDiscount, lineSponsor, qty <= p.stock()));
            total = total.add(amount);
            discount = discount.add(lineDiscount);
            sponsor = sponsor.add(lineSponsor);
        }
        return new PricedCart(List.copyOf(lines), total, discount, sponsor);
    }
}
