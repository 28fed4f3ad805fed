package com.market25.inventory;

/**
 * One product's stock in one warehouse (INV-01): on hand, reserved for orders, and the safety
 * stock (적정재고). Available = on hand − reserved; neither number ever goes below zero and no
 * more can be reserved than is on hand.
 */
public record StockLevel(int onHand, int reserved, int safetyStock) {

    public StockLevel {
        if (onHand < 0 || reserved < 0 || reserved > onHand || safetyStock < 0) {
            throw new IllegalArgumentException("impossible stock level " + onHand + "/" + reserved + "/" + safetyStock);
        }
    }

    public int available() {
        return onHand - reserved;
    }

    /** The alert of the stock screen: a safety stock is set and what is available is under it. */
    public boolean belowSafety() {
        return safetyStock > 0 && available() < safetyStock;
    }

    /** Whether the movement fits: nothing below zero, no reservation beyond what is on hand. */
    public boolean allows(MovementKind kind, int quantity) {
        if (quantity <= 0) {
            return false;
        }
        long onHandAfter = (long) onHand + kind.onHandDelta(quantity);
        long reservedAfter = (long) reserved + kind.reservedDelta(quantity);
        return onHandAfter >= 0 && reservedAfter >= 0 && reservedAfter <= onHandAfter && onHandAfter <= Integer.MAX_VALUE;
    }

    /**
     * The level after the movement.
     *
     * @throws InsufficientStockException when it does not fit ({@link #allows})
     */
    public StockLevel after(MovementKind kind, int quantity) {
        if (!allows(kind, quantity)) {
            throw new InsufficientStockException(kind, quantity, this);
        }
        return new StockLevel(onHand + kind.onHandDelta(quantity), reserved + kind.reservedDelta(quantity), safetyStock);
    }

    /**
     * Splits stock coming back from an order (releaseStock): up to what is still reserved it is a
     * release, anything beyond was no longer held for the order (e.g. a return after shipment)
     * and comes back as a receipt of returned goods.
     *
     * @return {released, returned}
     */
    public int[] splitGiveBack(int quantity) {
        int released = Math.min(reserved, quantity);
        return new int[] {released, quantity - released};
    }
}
