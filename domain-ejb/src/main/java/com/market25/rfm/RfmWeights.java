package com.market25.rfm;

/**
 * Weights of the R, F and M scores in a customer's value (score = r·R + f·F + m·M). The default
 * 100/10/1 makes the value read as the cell: R 5, F 4, M 5 is 545.
 */
public record RfmWeights(int r, int f, int m) {

    public static final RfmWeights DEFAULT = new RfmWeights(100, 10, 1);

    public RfmWeights {
        if (r < 0 || f < 0 || m < 0 || r > 10_000 || f > 10_000 || m > 10_000) {
            throw new IllegalArgumentException("weights must be 0..10000");
        }
    }

    public int score(int rScore, int fScore, int mScore) {
        return r * rScore + f * fScore + m * mScore;
    }
}
