package com.market25.rfm;

import com.market25.common.InvalidInputException;

/** How much a score of R, F and M counts in a customer's value; 100/10/1 reads a cell as 545. */
public record RfmWeights(int r, int f, int m) {

    public static final RfmWeights DEFAULT = new RfmWeights(100, 10, 1);
    static final int MAX = 1000;

    public RfmWeights {
        check("weightR", r);
        check("weightF", f);
        check("weightM", m);
    }

    private static void check(String field, int weight) {
        if (weight < 0 || weight > MAX) {
            throw InvalidInputException.of(field, "error.rfm.weight");
        }
    }

    /** The customer value of a cell under these weights. */
    public int value(int rScore, int fScore, int mScore) {
        return rScore * r + fScore * f + mScore * m;
    }
}
