package com.market25.campaign;

import com.market25.member.ConsentChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

public record CampaignView(long id, String name, CampaignType type, String owner, LocalDate startDate, LocalDate endDate,
        int responseWindowDays, BigDecimal budget, BigDecimal residualValue, BigDecimal targetRevenue,
        Set<ConsentChannel> channels, boolean recordedAfter, CampaignStatus status, LocalDateTime createdAt,
        String updatedBy, LocalDateTime updatedAt, LocalDate closedOn, int version) {

    /** The last day a purchase counts as a response. */
    public LocalDate responseEnd() {
        return endDate.plusDays(responseWindowDays);
    }

    /** The period before the campaign as long as the one measured after its start, for before/after. */
    public LocalDate beforeStart() {
        return startDate.minusDays(java.time.temporal.ChronoUnit.DAYS.between(startDate, responseEnd()) + 1);
    }
}
