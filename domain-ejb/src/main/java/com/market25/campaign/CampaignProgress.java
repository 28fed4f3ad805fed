package com.market25.campaign;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * How far a campaign's dispatch has got, for the admin to watch: mails sent, and recipients
 * skipped because they withdrew their consent after the campaign was queued.
 */
public record CampaignProgress(long id, String subject, String createdBy, LocalDateTime createdAt,
        int targetCount, int sentCount, int skippedCount) implements Serializable {

    public int processedCount() {
        return sentCount + skippedCount;
    }

    public boolean done() {
        return processedCount() >= targetCount;
    }

    public int percent() {
        return targetCount == 0 ? 100 : (int) (100L * processedCount() / targetCount);
    }
}
