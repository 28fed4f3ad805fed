package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A call list (MKT-06) with how many of its customers have a result. */
public record CallListView(long id, String name, Long templateId, String templateName, String source, String sourceRef,
        int customers, int called, String createdBy, LocalDateTime createdAt) implements Serializable {
}
