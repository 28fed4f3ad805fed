package com.market25.rfm;

import java.math.BigDecimal;

/** One of the 125 cells of a snapshot: its customers, their revenue, share and grade. */
public record CellStat(int r, int f, int m, int customers, BigDecimal revenue, double share, int value, String grade) {

    /** The cell as staff read it (545). */
    public int cell() {
        return r * 100 + f * 10 + m;
    }
}
