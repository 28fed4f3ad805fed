package com.market25.rfm;

/**
 * How many customers went from one cell of the earlier snapshot to one of the later (RFM Quick
 * Scan). Cell 0 on the "from" side: not scored in the earlier snapshot (new); on the "to" side:
 * not scored in the later one.
 */
public record MigrationCell(int fromCell, int toCell, int customers) {
}
