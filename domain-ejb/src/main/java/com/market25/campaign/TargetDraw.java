package com.market25.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The random split into treatment and control (MKT-04), reproducible: the same candidates, ratio
 * and seed give the same groups on any machine. Candidates come sorted by customer id; within
 * each stratum (one RFM cell when stratified, else everyone) they are shuffled by a Fisher–Yates
 * pass over {@link SplittableRandom} seeded with the stored seed and the stratum, and the first
 * {@code round(n × ratio)} become the control group, so each stratum holds the ratio as exactly
 * as whole customers allow.
 */
public final class TargetDraw {

    private TargetDraw() {
    }

    /**
     * @param customers candidate ids, ascending
     * @param strata the stratum of each candidate (same index), or {@code null} for one stratum
     * @return {@code true} at the index of every candidate drawn into the control group
     */
    public static boolean[] control(long[] customers, int[] strata, BigDecimal ratio, long seed) {
        boolean[] control = new boolean[customers.length];
        if (customers.length == 0 || ratio.signum() == 0) {
            return control;
        }
        int[] order = new int[customers.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (strata != null) {
            // stable: within a stratum the candidates stay in id order before the shuffle
            Integer[] boxed = Arrays.stream(order).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> Integer.compare(strata[a], strata[b]));
            for (int i = 0; i < order.length; i++) {
                order[i] = boxed[i];
            }
        }
        int start = 0;
        while (start < order.length) {
            int stratum = strata == null ? 0 : strata[order[start]];
            int end = start;
            while (end < order.length && (strata == null || strata[order[end]] == stratum)) {
                end++;
            }
            SplittableRandom random = new SplittableRandom(seed * 31 + stratum);
            for (int i = end - 1; i > start; i--) {
                int j = start + random.nextInt(i - start + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            int controls = new BigDecimal(end - start).multiply(ratio).setScale(0, RoundingMode.HALF_UP).intValueExact();
            for (int i = start; i < start + controls; i++) {
                control[order[i]] = true;
            }
            start = end;
        }
        return control;
    }
}
