package com.market25.campaign;

import java.time.LocalDateTime;

/** A trigger rule (MKT-09); {@code id} 0 and no creator for one not saved yet. */
public record TriggerRule(long id, String name, TriggerEvent event, Integer days, TriggerAction action, Long campaignId,
        Long templateId, boolean active, String createdBy, LocalDateTime createdAt) {
}
