package com.market25.inventory;

import java.io.Serializable;

/** A line of a transfer request or a goods receipt as staff type it: product code and quantity. */
public record ItemRequest(String productCode, int quantity) implements Serializable {
}
