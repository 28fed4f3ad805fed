package com.market25.ordering;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 장바구니 (SHOP-05): product codes and quantities only. It holds no price on purpose, so
 * nothing a browser sends can change what an order costs; {@link CartPricing} prices it.
 */
public class Cart implements Serializable {

    public static final int MAX_QUANTITY = 99;

    private final Map<String, Integer> quantities = new LinkedHashMap<>();

    public synchronized void add(String productCode, int quantity) {
        if (quantity <= 0) {
            return;
        }
        quantities.merge(productCode, quantity, (a, b) -> Math.min(MAX_QUANTITY, a + b));
    }

    /** Setting zero removes the line, as the seed's 주문 변경 does. */
    public synchronized void change(String productCode, int quantity) {
        if (!quantities.containsKey(productCode)) {
            return;
        }
        if (quantity <= 0) {
            quantities.remove(productCode);
        } else {
            quantities.put(productCode, Math.min(MAX_QUANTITY, quantity));
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

    public synchronized Map<String, Integer> quantities() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(quantities));
    }
}
