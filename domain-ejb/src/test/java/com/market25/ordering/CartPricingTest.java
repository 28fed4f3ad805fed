package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.catalog.ProductView;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CartPricingTest {

    private static final ProductView DIMCHAE = new ProductView(1, "601041010112", "HOME", "냉난방기기",
            "딤채고급형 신형(DP-601)", "만도기계", new BigDecimal("595000"), new BigDecimal("540000"),
            new BigDecimal("38000"), BigDecimal.ZERO, 40, null);
    private static final ProductView SPH = new ProductView(2, "101001015112", "TELECOM", "PCS", "삼성 SPH-4300",
            "삼성전자", new BigDecimal("330000"), new BigDecimal("280000"), new BigDecimal("8400"),
            new BigDecimal("5600"), 1, null);
    private static final Map<String, ProductView> CATALOG = Map.of(DIMCHAE.code(), DIMCHAE, SPH.code(), SPH);

    @Test
    void totalsAndBonusesComeFromCatalogPricesTimesQuantities() {
        var cart = new Cart();
        cart.add(DIMCHAE.code(), 2);
        cart.add(SPH.code(), 1);
        var priced = CartPricing.price(cart, CATALOG);
        assertEquals(new BigDecimal("1360000"), priced.total());
        assertEquals(new BigDecimal("84400"), priced.discountBonus());
        assertEquals(new BigDecimal("5600"), priced.sponsorBonus());
        assertEquals(new BigDecimal("1080000"), priced.lines().get(0).lineAmount());
    }

    @Test
    void aProductNoLongerInTheCatalogDropsOut() {
        var cart = new Cart();
        cart.add("999999999999", 3);
        cart.add(DIMCHAE.code(), 1);
        var priced = CartPricing.price(cart, CATALOG);
        assertEquals(1, priced.lines().size());
        assertEquals(new BigDecimal("540000"), priced.total());
    }

    @Test
    void moreThanTheStockIsMarkedUnavailable() {
        var cart = new Cart();
        cart.add(SPH.code(), 2);
        var priced = CartPricing.price(cart, CATALOG);
        assertFalse(priced.lines().get(0).available());
        assertFalse(priced.allAvailable());
    }

    @Test
    void changingAQuantityToZeroRemovesTheLine() {
        var cart = new Cart();
        cart.add(SPH.code(), 1);
        cart.change(SPH.code(), 0);
        assertTrue(cart.isEmpty());
    }

    @Test
    void addingTheSameProductAgainAddsUpToTheLimit() {
        var cart = new Cart();
        cart.add(DIMCHAE.code(), 60);
        cart.add(DIMCHAE.code(), 60);
        assertEquals(Cart.MAX_QUANTITY, cart.quantities().get(DIMCHAE.code()));
    }
}
