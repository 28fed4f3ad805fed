package com.market25.campaign;

import com.market25.common.Checks;
import com.market25.member.ConsentChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A campaign's plan as staff type it (MKT-03). Amounts are whole won. {@code channels} are the
 * channels the campaign will use: every target must have consented to each of them.
 */
public record CampaignPlan(String name, CampaignType type, LocalDate startDate, LocalDate endDate,
        Integer responseWindowDays, BigDecimal budget, BigDecimal residualValue, BigDecimal targetRevenue,
        Set<ConsentChannel> channels, boolean recordedAfter) {

    public static final int NAME_MAX = 100;
    public static final int WINDOW_MAX = 365;
    /** DECIMAL(14,0) and DECIMAL(16,0). */
    static final BigDecimal BUDGET_LIMIT = new BigDecimal("1e14");
    static final BigDecimal REVENUE_LIMIT = new BigDecimal("1e16");

    /**
     * Refuses what its columns cannot hold or the rules forbid, field by field: a planned campaign
     * cannot start before {@code today} (one recorded after the fact must not start after it).
     */
    void check(LocalDate today) {
        Checks checks = new Checks().required("name", name).maxLength("name", name == null ? null : name.trim(), NAME_MAX)
                .that(type != null, "type", "error.required")
                .that(startDate != null, "startDate", "error.required")
                .that(endDate != null, "endDate", "error.required")
                .that(responseWindowDays != null, "responseWindowDays", "error.required")
                .that(channels != null && !channels.isEmpty(), "channels", "error.campaign.channels");
        if (startDate != null && endDate != null) {
            checks.that(!endDate.isBefore(startDate), "endDate", "error.campaign.endBeforeStart");
            checks.that(recordedAfter || !startDate.isBefore(today), "startDate", "error.campaign.startInPast");
            checks.that(!recordedAfter || !startDate.isAfter(today), "startDate", "error.campaign.recordedInFuture");
        }
        if (responseWindowDays != null) {
            checks.that(responseWindowDays >= 0 && responseWindowDays <= WINDOW_MAX, "responseWindowDays",
                    "error.campaign.window");
        }
        amount(checks, "budget", budget, BUDGET_LIMIT);
        amount(checks, "residualValue", residualValue, BUDGET_LIMIT);
        amount(checks, "targetRevenue", targetRevenue, REVENUE_LIMIT);
        checks.throwIfAny();
    }

    private static void amount(Checks checks, String field, BigDecimal value, BigDecimal limit) {
        if (value != null) {
            checks.that(value.signum() >= 0 && value.compareTo(limit) < 0 && value.stripTrailingZeros().scale() <= 0,
                    field, "error.campaign.amount");
        }
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
