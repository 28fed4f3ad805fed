package com.market25.inventory;

import java.io.Serializable;

/** A line of a transfer or a receipt with its 납품 확인: confirmed is null until received. */
public record DocumentItem(int lineNo, long productId, String productCode, String productName, int quantity,
        Integer confirmedQuantity) implements Serializable {

    public int shortfall() {
        return confirmedQuantity == null ? 0 : quantity - confirmedQuantity;
    }
}
