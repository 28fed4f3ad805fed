package com.market25.campaign.channel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The text messages of one source (a campaign project, the test page) by status, and what the
 * delivered ones cost at their unit price when queued (carriers charge delivered messages).
 */
public record SmsTally(Map<SmsStatus, Integer> counts, BigDecimal deliveredCost) implements Serializable {

    public int count(SmsStatus status) {
        return counts.getOrDefault(status, 0);
    }
}
