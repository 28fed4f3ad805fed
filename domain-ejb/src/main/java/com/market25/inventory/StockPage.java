package com.market25.inventory;

import java.io.Serializable;
import java.util.List;

/** One page of a list and how many rows match in all. */
public record StockPage<T>(List<T> rows, long total) implements Serializable {

    public StockPage {
        rows = List.copyOf(rows);
    }
}
