package com.market25.inventory;

import java.io.Serializable;

/** Filters of 입출고 내역: warehouse, product (exact code or part of its name), kind. */
public record MovementQuery(Long warehouseId, String product, MovementKind kind) implements Serializable {
}
