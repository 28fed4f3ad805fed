package com.market25.shop.web;

import com.market25.catalog.Catalog;
import com.market25.catalog.CategoryView;
import java.util.List;

/**
 * The shop-corner menu is on every page and changes only when staff edit the catalog, so it
 * is read at most once a minute instead of once a page.
 */
final class MenuCache {

    private static final long TTL_NANOS = 60_000_000_000L;

    private volatile List<CategoryView> corners;
    private volatile long readAt;

    List<CategoryView> corners(Catalog catalog) {
        List<CategoryView> current = corners;
        if (current == null || System.nanoTime() - readAt > TTL_NANOS) {
            current = catalog.corners();
            corners = current;
            readAt = System.nanoTime();
        }
        return current;
    }
}
