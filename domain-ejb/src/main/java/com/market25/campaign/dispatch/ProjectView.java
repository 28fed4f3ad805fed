package com.market25.campaign.dispatch;

import com.market25.campaign.channel.MessageChannel;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A channel project with its progress: recipients pending, sent and skipped; {@code sendAt} a set send time (SMS). */
public record ProjectView(long id, long campaignId, MessageChannel channel, String name, Long templateId, BigDecimal unitCost,
        Integer throttlePerMinute, LocalDateTime sendAt, ProjectStatus status, long recipients, long pending, long sent, long skipped,
        String createdBy, LocalDateTime createdAt) {

    /** 0–100, what the progress bar shows. */
    public int percent() {
        return recipients == 0 ? 0 : (int) ((sent + skipped) * 100 / recipients);
    }
}
