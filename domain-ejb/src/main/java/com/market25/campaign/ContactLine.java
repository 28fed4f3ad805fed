package com.market25.campaign;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One touch on a member's contact history (CRM-04).
 *
 * @param recordedBy the staff member who recorded it (returned DM, phone call); null for sends
 */
public record ContactLine(LocalDateTime contactedAt, String channel, String subject, ContactOutcome outcome,
        Long campaignId, String recordedBy) implements Serializable {
}
