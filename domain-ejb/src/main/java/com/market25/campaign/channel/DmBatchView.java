package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * A DM batch (MKT-06): its customers when it was made, how many would be printed now (consent,
 * address and no returned mail, checked again at printing), and when it was marked as posted.
 */
public record DmBatchView(long id, String name, Long templateId, String templateName, String source, String sourceRef,
        int customers, int printable, String createdBy, LocalDateTime createdAt, String sentBy, LocalDateTime sentAt)
        implements Serializable {

    public boolean sent() {
        return sentAt != null;
    }
}
