package com.market25.campaign;

import java.time.LocalDateTime;

public record CampaignEventLine(CampaignAction action, CampaignStatus from, CampaignStatus to, String by,
        LocalDateTime at, String note) {
}
