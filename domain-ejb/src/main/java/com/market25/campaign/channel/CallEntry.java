package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One customer on a call list (MKT-06) and the latest result entered (null: not called yet). */
public record CallEntry(long listId, long customerId, int position, String memberNo, String name, String phone,
        CallResult result, LocalDateTime callbackAt, String note, String calledBy, LocalDateTime calledAt, int calls)
        implements Serializable {
}
