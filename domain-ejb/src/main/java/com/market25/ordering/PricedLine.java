package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;

/** A cart line priced from the catalog. */
public record PricedLine(long productId, String productCode, String productName, String kind,
        int quantity, BigDecimal unitPrice, BigDecimal lineAmount,
        BigDecimal discountBonus, BigDecimal sponsorBonus, boolean available) implements Serializable {
}
