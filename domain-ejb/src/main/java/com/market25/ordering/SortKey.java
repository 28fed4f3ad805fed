package com.market25.ordering;

import java.io.Serializable;

/** One key of an order screen's sort (정렬순서 1st … 4th): a column and its direction. */
public record SortKey<F extends Enum<F>>(F field, boolean descending) implements Serializable {

    public static <F extends Enum<F>> SortKey<F> asc(F field) {
        return new SortKey<>(field, false);
    }

    public static <F extends Enum<F>> SortKey<F> desc(F field) {
        return new SortKey<>(field, true);
    }
}
