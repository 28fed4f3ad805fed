package com.market25.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * MKT-08: the incremental revenue and its 95% interval (Welch) on synthetic campaigns of known
 * lift: 10,000 customers, 20% control, a purchase of 50,000 won with probability 10% in the control
 * group and 15% in the treated group. The true incremental revenue is 0.05 × 50,000 × 8,000 =
 * 20,000,000 won; with no effect it is zero. Repeated with twenty seeds: a 95% interval may miss
 * now and then, so the test asks for at least 17 of 20 (the chance of fewer is under 2%).
 */
class CampaignLiftMkt08Test {

    static final int CUSTOMERS = 10_000;
    static final int CONTROL = 2_000;
    static final long AMOUNT = 50_000;

    /** One synthetic campaign: each customer buys once with the group's probability. */
    static Optional<Lift.Estimate> campaign(long seed, double controlRate, double treatedRate) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] n = new long[2];
        BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO};
        BigDecimal[] squares = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < CUSTOMERS; i++) {
            int group = i < CONTROL ? 1 : 0;
            n[group]++;
            if (random.nextDouble() < (group == 1 ? controlRate : treatedRate)) {
                sum[group] = sum[group].add(BigDecimal.valueOf(AMOUNT));
                squares[group] = squares[group].add(BigDecimal.valueOf(AMOUNT * AMOUNT));
            }
        }
        return Lift.of(new Lift.Group(n[0], sum[0], squares[0]), new Lift.Group(n[1], sum[1], squares[1]));
    }

    @Test
    void mkt08_theIntervalContainsTheTrueLift() {
        BigDecimal truth = BigDecimal.valueOf(20_000_000);
        int covered = 0;
        for (long seed = 1; seed <= 20; seed++) {
            Lift.Estimate e = campaign(seed, 0.10, 0.15).orElseThrow();
            assertTrue(e.low().compareTo(e.incremental()) <= 0 && e.incremental().compareTo(e.high()) <= 0, e.toString());
            if (e.low().compareTo(truth) <= 0 && truth.compareTo(e.high()) <= 0) {
                covered++;
            }
            // a lift of five points is well above the noise of 2,000 control customers
            assertTrue(e.low().signum() > 0, "seed " + seed + ": " + e);
        }
        assertTrue(covered >= 17, "intervals containing the true lift: " + covered + " of 20");
    }

    @Test
    void mkt08_withNoEffectTheIntervalContainsZero() {
        int covered = 0;
        for (long seed = 101; seed <= 120; seed++) {
            Lift.Estimate e = campaign(seed, 0.10, 0.10).orElseThrow();
            if (e.low().signum() <= 0 && e.high().signum() >= 0) {
                covered++;
            }
        }
        assertTrue(covered >= 17, "intervals containing zero: " + covered + " of 20");
    }

    @Test
    void mkt08_aHandComputedExample() {
        // treated 4 customers: 0, 10, 20, 30 (mean 15, variance 166.67); control 3: 0, 0, 30 (mean 10, variance 300)
        Lift.Estimate e = Lift.of(new Lift.Group(4, BigDecimal.valueOf(60), BigDecimal.valueOf(1_400)),
                new Lift.Group(3, BigDecimal.valueOf(30), BigDecimal.valueOf(900))).orElseThrow();
        assertEquals(BigDecimal.valueOf(20), e.incremental(), "(15 − 10) × 4");
        // se² = 166.67/4 + 300/3 = 141.67; df = 141.67² / (41.67²/3 + 100²/2) = 3.5975;
        // t(0.975, 3.5975) = 2.9033 (scipy.stats.t.ppf, checked outside the code under test)
        assertEquals(3.5975, e.degreesOfFreedom(), 0.0001);
        double half = 2.9033 * Math.sqrt(141.6667) * 4;
        assertEquals(20 - half, e.low().doubleValue(), 1.0);
        assertEquals(20 + half, e.high().doubleValue(), 1.0);
    }

    @Test
    void mkt08_withoutAControlGroupTheLiftIsUnknown() {
        assertTrue(Lift.of(new Lift.Group(100, BigDecimal.TEN, BigDecimal.TEN), new Lift.Group(0, BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty());
        assertTrue(Lift.of(new Lift.Group(100, BigDecimal.TEN, BigDecimal.TEN), new Lift.Group(1, BigDecimal.ZERO, BigDecimal.ZERO)).isEmpty());
    }
}
