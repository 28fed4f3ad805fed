package com.market25.campaign;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's return (MKT-08), from its response groups and its channel cost. docs/campaigns.md
 * gives every formula; in short: incremental revenue = (mean revenue per treated customer − mean
 * per control customer) × treated customers, direct profit = incremental revenue − cost, total
 * profit = direct profit + residual value × incremental responders, ROI = total profit / cost.
 * Without a control group the lift, and everything built on it, is unknown (empty).
 */
public record CampaignRoi(CampaignView campaign, List<ResponseGroup> groups, BigDecimal cost, long messages,
        List<ChannelResponse> channels, LocalDate frozenOn) {

    public long customers(TargetGroup group) {
        return groups.stream().filter(g -> g.group() == group).mapToLong(ResponseGroup::customers).sum();
    }

    public long responders(TargetGroup group) {
        return groups.stream().filter(g -> g.group() == group && g.responded()).mapToLong(ResponseGroup::customers).sum();
    }

    public BigDecimal revenue(TargetGroup group) {
        return groups.stream().filter(g -> g.group() == group).map(ResponseGroup::revenueAfter)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal squares(TargetGroup group) {
        return groups.stream().filter(g -> g.group() == group).map(ResponseGroup::revenueAfterSquares)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Share of the group that bought in the response period, 0 – 1 (0 for an empty group). */
    public double responseRate(TargetGroup group) {
        long n = customers(group);
        return n == 0 ? 0 : (double) responders(group) / n;
    }

    /** Mean revenue per customer of the group in the response period, to the won. */
    public BigDecimal revenuePerCustomer(TargetGroup group) {
        long n = customers(group);
        return n == 0 ? BigDecimal.ZERO : revenue(group).divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP);
    }

    public Optional<Lift.Estimate> lift() {
        return Lift.of(new Lift.Group(customers(TargetGroup.TREATMENT), revenue(TargetGroup.TREATMENT), squares(TargetGroup.TREATMENT)),
                new Lift.Group(customers(TargetGroup.CONTROL), revenue(TargetGroup.CONTROL), squares(TargetGroup.CONTROL)));
    }

    /** Treated responders beyond what the control group's rate predicts. */
    public Optional<BigDecimal> incrementalResponders() {
        if (lift().isEmpty()) {
            return Optional.empty();
        }
        double extra = (responseRate(TargetGroup.TREATMENT) - responseRate(TargetGroup.CONTROL)) * customers(TargetGroup.TREATMENT);
        return Optional.of(new BigDecimal(extra).setScale(1, RoundingMode.HALF_UP));
    }

    public Optional<BigDecimal> directProfit() {
        return lift().map(l -> l.incremental().subtract(cost).setScale(0, RoundingMode.HALF_UP));
    }

    public Optional<BigDecimal> totalProfit() {
        return directProfit().map(p -> p.add(campaign.residualValue().multiply(incrementalResponders().orElseThrow()))
                .setScale(0, RoundingMode.HALF_UP));
    }

    /** Total profit per won spent; empty when nothing was spent or the lift is unknown. */
    public Optional<BigDecimal> roi() {
        if (cost.signum() == 0) {
            return Optional.empty();
        }
        return totalProfit().map(p -> p.divide(cost, MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP));
    }

    public Optional<BigDecimal> roiPerCustomer() {
        long n = customers(TargetGroup.TREATMENT);
        return n == 0 ? Optional.empty() : totalProfit().map(p -> p.divide(BigDecimal.valueOf(n), 0, RoundingMode.HALF_UP));
    }

    /** Treated customers' revenue in the response period as a share of the target revenue; empty without a target. */
    public Optional<BigDecimal> targetProgress() {
        if (campaign.targetRevenue().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(revenue(TargetGroup.TREATMENT).divide(campaign.targetRevenue(), 4, RoundingMode.HALF_UP));
    }
}
