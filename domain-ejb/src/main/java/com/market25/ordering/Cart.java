package com.market25.ordering;

import com.market25.common.InvalidInputException;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 장바구니 (SHOP-05): product codes and quantities only. It holds no price on purpose, so
 * nothing a browser sends can change what an order costs; {@link CartPricing} prices it.
 * It refuses what a shop would: a quantity outside 1..99 and more than {@value #MAX_LINES}
 * different products. Whether a code is a product at all is the catalog's to say
 * ({@link OrderDesk#addToCart}).
 */
public class Cart implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_QUANTITY = 99;
    public static final int MAX_LINES = 50;

    private final Map<String, Integer> quantities = new LinkedHashMap<>();

    /**
     * Adds a product; adding one already in the cart adds up, to at most {@value #MAX_QUANTITY}.
     *
     * @throws InvalidInputException {@code quantity} / {@code error.quantity} outside 1..99,
     *         {@code cart} / {@code error.cartFull} for a new line beyond {@value #MAX_LINES}
     */
    public synchronized void add(String productCode, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "error.quantity");
        }
        if (!quantities.containsKey(productCode) && quantities.size() >= MAX_LINES) {
            throw InvalidInputException.of("cart", "error.cartFull");
        }
        quantities.merge(productCode, quantity, (a, b) -> Math.min(MAX_QUANTITY, a + b));
    }

    /**
     * Setting zero removes the line, as the seed's 주문 변경 does; a code not in the cart is
     * ignored.
     *
     * @throws InvalidInputException {@code quantity} / {@code error.quantity} outside 0..99
     */
    public synchronized void change(String productCode, int quantity) {
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw InvalidInputException.of("quantity", "error.quantity");
        }
        if (!quantities.containsKey(productCode)) {
            return;
        }
        if (quantity == 0) {
            quantities.remove(productCode);
        } else {
            quantities.put(productCode, quantity);
        }
    }

    public synchronized void remove(String productCode) {
        quantities.remove(productCode);
    }

    public synchronized void clear() {
        quantities.clear();
    }

    public synchronized boolean isEmpty() {
        return quantities.isEmpty();
    }

    public synchronized int size() {
        return quantities.size();
    }

    public synchronized boolean contains(String productCode) {
        return quantities.containsKey(productCode);
    }

    public synchronized Map<String, Integer> quantities() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }
}
