package com.market25.catalog;

import java.util.Locale;

/** How a shop corner lists its products; the first is the shop's own order. */
public enum ProductSort {
    FEATURED("p.sortOrder, p.id"),
    NEWEST("p.id desc"),
    PRICE_LOW("p.salePrice, p.id"),
    PRICE_HIGH("p.salePrice desc, p.id"),
    NAME("p.name, p.id");

    private final String orderBy;

    ProductSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }

    /** The sort a visitor asked for ({@code ?sort=price_low}); anything unknown is the shop's order. */
    public static ProductSort of(String requested) {
        if (requested != null) {
            for (ProductSort s : values()) {
                if (s.name().equalsIgnoreCase(requested.trim())) {
                    return s;
                }
            }
        }
        return FEATURED;
    }

    /** As it appears in links. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
