package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One returned letter on the DM page's history (MEM-04). */
public record ReturnedLine(LocalDateTime at, long customerId, String memberNo, String name, String recordedBy,
        boolean stillFlagged) implements Serializable {
}
