package com.market25.catalog;

import java.io.Serializable;
import java.util.List;

/** One page of a shop corner: the products on it and where it stands among all of them. */
public record ProductPage(List<ProductView> products, long total, int page, int pageSize, ProductSort sort)
        implements Serializable {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
