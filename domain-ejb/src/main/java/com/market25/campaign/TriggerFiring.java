package com.market25.campaign;

import java.time.LocalDateTime;

/** One firing, as the notification list shows it. */
public record TriggerFiring(long ruleId, String ruleName, long customerId, String memberNo, String customerName,
        String periodKey, LocalDateTime firedAt, String outcome) {
}
