package com.market25.campaign.channel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One text message as the screens and the API show it (MKT-06). */
public record SmsLine(long id, Long customerId, String phone, String body, SmsKind kind, int bytes, BigDecimal unitCost,
        String source, String sourceRef, String gateway, SmsStatus status, String queuedBy, LocalDateTime queuedAt,
        LocalDateTime reportedAt) implements Serializable {
}
