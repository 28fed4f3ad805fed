package com.market25.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** What a product page or list shows; read straight from the catalog, never from a form. */
public record ProductView(
        long id,
        String code,
        String categoryCode,
        String kind,
        String name,
        String supplier,
        BigDecimal consumerPrice,
        BigDecimal salePrice,
        BigDecimal discountBonus,
        BigDecimal sponsorBonus,
        int stock,
        String description) implements Serializable {

    public boolean inStock() {
        return stock > 0;
    }
}
