package com.market25.campaign;

import java.io.Serializable;
import java.time.LocalDateTime;

/** How far a campaign's dispatch has got, for the admin to watch. */
public record CampaignProgress(long id, String subject, String createdBy, LocalDateTime createdAt,
        int targetCount, int sentCount) implements Serializable {

    public boolean done() {
        return sentCount >= targetCount;
    }

    public int percent() {
        return targetCount == 0 ? 100 : (int) (100L * sentCount / targetCount);
    }
}
