package com.market25.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** SHOP-02: how a shop corner is paged and sorted, as the links of the corner page ask. */
class ProductListingTest {

    @Test
    void shop02ASortIsReadFromItsLinkAndAnythingElseIsTheShopsOrder() {
        assertEquals(ProductSort.PRICE_LOW, ProductSort.of("price_low"));
        assertEquals(ProductSort.PRICE_HIGH, ProductSort.of(" PRICE_HIGH "));
        assertEquals(ProductSort.FEATURED, ProductSort.of("price"));
        assertEquals(ProductSort.FEATURED, ProductSort.of(null));
        assertEquals("price_low", ProductSort.PRICE_LOW.parameter());
    }

    @Test
    void shop02ThirtyProductsMakeTwoPagesOfTwentyFour() {
        ProductPage first = new ProductPage(List.of(), 30, 1, Catalog.CORNER_PAGE_SIZE, ProductSort.FEATURED);
        assertEquals(2, first.pages());
        assertFalse(first.hasPrevious());
        assertTrue(first.hasNext());
        ProductPage second = new ProductPage(List.of(), 30, 2, Catalog.CORNER_PAGE_SIZE, ProductSort.FEATURED);
        assertTrue(second.hasPrevious());
        assertFalse(second.hasNext());
    }

    @Test
    void shop02AnEmptyCornerHasOnePage() {
        ProductPage empty = new ProductPage(List.of(), 0, 1, Catalog.CORNER_PAGE_SIZE, ProductSort.NAME);
        assertEquals(1, empty.pages());
        assertFalse(empty.hasNext());
    }
}
