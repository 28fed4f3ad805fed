package com.market25.rfm;

import java.math.BigDecimal;

/** One cell of a snapshot's 5×5×5 cross-tab: how many customers, how much they spent, their grade. */
public record CellCount(int cell, long customers, BigDecimal monetary, String grade) {

    public int r() {
        return cell / 100;
    }

    public int f() {
        return cell / 10 % 10;
    }

    public int m() {
        return cell % 10;
    }
}
