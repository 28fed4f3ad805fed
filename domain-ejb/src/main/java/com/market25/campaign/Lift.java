package com.market25.campaign;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * What the campaign added (MKT-08): the difference of mean revenue per customer between the
 * treatment and the control group, times the treated customers, with its 95% confidence interval
 * by Welch's t (unequal variances, Welch–Satterthwaite degrees of freedom). Customers without a
 * purchase count with zero revenue. Computed from each group's count, sum and sum of squares, so
 * the database sends three numbers per group, not a row per customer.
 */
public final class Lift {

    /** Sample statistics of one group. */
    public record Group(long customers, BigDecimal sum, BigDecimal sumOfSquares) {

        double mean() {
            return customers == 0 ? 0 : sum.doubleValue() / customers;
        }

        /** Sample variance (n − 1), computed in BigDecimal: sums of squares of won amounts overflow a double's precision. */
        double variance() {
            if (customers < 2) {
                return Double.NaN;
            }
            BigDecimal n = BigDecimal.valueOf(customers);
            BigDecimal centred = sumOfSquares.subtract(sum.multiply(sum).divide(n, MathContext.DECIMAL128));
            return centred.divide(n.subtract(BigDecimal.ONE), MathContext.DECIMAL128).doubleValue();
        }
    }

    /** The incremental revenue and its interval, in won. */
    public record Estimate(BigDecimal incremental, BigDecimal low, BigDecimal high, double meanDifference,
            double degreesOfFreedom) {
    }

    private Lift() {
    }

    /** Empty when the control group (or the treated group) has fewer than two customers: the lift is unknown. */
    public static Optional<Estimate> of(Group treated, Group control) {
        if (treated.customers() < 2 || control.customers() < 2) {
            return Optional.empty();
        }
        double diff = treated.mean() - control.mean();
        double vt = treated.variance() / treated.customers();
        double vc = control.variance() / control.customers();
        double se = Math.sqrt(vt + vc);
        double halfWidth;
        double df;
        if (se == 0) {
            // every customer of both groups spent the same: no spread, so no uncertainty
            halfWidth = 0;
            df = treated.customers() + control.customers() - 2;
        } else {
            df = (vt + vc) * (vt + vc)
                    / (vt * vt / (treated.customers() - 1) + vc * vc / (control.customers() - 1));
            halfWidth = new TDistribution(null, df).inverseCumulativeProbability(0.975) * se;
        }
        long n = treated.customers();
        return Optional.of(new Estimate(won(diff * n), won((diff - halfWidth) * n), won((diff + halfWidth) * n), diff, df));
    }

    static BigDecimal won(double value) {
        return new BigDecimal(value).setScale(0, RoundingMode.HALF_UP);
    }
}
