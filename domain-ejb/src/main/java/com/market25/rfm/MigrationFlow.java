package com.market25.rfm;

/**
 * Customers who were in {@code fromCell} of the earlier snapshot and are in {@code toCell} of the
 * later one (RFM Quick Scan). Cell 0 means "not scored there": no purchase on or before that
 * snapshot's date, or outside its segment.
 */
public record MigrationFlow(int fromCell, int toCell, long customers) {

    public static final int NOT_SCORED = 0;
}
