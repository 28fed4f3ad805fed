package com.market25.inventory;

/** A movement that would take stock below zero (or reserve more than is on hand). */
public class InsufficientStockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InsufficientStockException(MovementKind kind, int quantity, StockLevel level) {
        super(kind + " of " + quantity + " does not fit " + level);
    }
}
