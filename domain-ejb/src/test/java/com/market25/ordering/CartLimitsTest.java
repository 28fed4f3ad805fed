package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** SHOP-05 limits of the cart: 1..99 of a product, at most 50 different products. */
class CartLimitsTest {

    private static Cart cartWith(int lines) {
        Cart cart = new Cart();
        for (int i = 0; i < lines; i++) {
            cart.add(String.format("T%011d", i), 1);
        }
        return cart;
    }

    @Test
    void shop05_fiftyDifferentProductsFit() {
        assertEquals(Cart.MAX_LINES, cartWith(50).size());
    }

    @Test
    void shop05_aFiftyFirstProductIsRefusedAndTheCartStaysAsItWas() {
        Cart cart = cartWith(50);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> cart.add("T99999999999", 1));
        assertEquals("error.cartFull", e.fieldErrors().get("cart"));
        assertEquals(50, cart.size());
        assertFalse(cart.contains("T99999999999"));
    }

    @Test
    void shop05_moreOfAProductAlreadyInAFullCartIsStillAccepted() {
        Cart cart = cartWith(50);
        cart.add("T00000000000", 5);
        assertEquals(6, cart.quantities().get("T00000000000"));
    }

    @Test
    void shop05_quantitiesOutsideOneToNinetyNineAreRefused() {
        Cart cart = new Cart();
        for (int bad : new int[] {0, -1, 100, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> cart.add("601041010112", bad),
                    "quantity " + bad);
            assertEquals("error.quantity", e.fieldErrors().get("quantity"));
        }
        assertTrue(cart.isEmpty());
        cart.add("601041010112", 99);
        assertEquals(99, cart.quantities().get("601041010112"));
    }

    @Test
    void shop05_changingToAQuantityOutsideZeroToNinetyNineIsRefused() {
        Cart cart = new Cart();
        cart.add("601041010112", 2);
        assertThrows(InvalidInputException.class, () -> cart.change("601041010112", 100));
        assertThrows(InvalidInputException.class, () -> cart.change("601041010112", -3));
        assertEquals(2, cart.quantities().get("601041010112"));
        cart.change("601041010112", 0);
        assertTrue(cart.isEmpty());
    }
}
