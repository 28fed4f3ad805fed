package com.market25.campaign;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One touch on a member's contact history (CRM-04). */
public record ContactLine(LocalDateTime contactedAt, String channel, String subject, ContactOutcome outcome,
        Long campaignId) implements Serializable {
}
