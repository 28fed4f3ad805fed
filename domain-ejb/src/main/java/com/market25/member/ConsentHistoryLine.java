package com.market25.member;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One change of one consent; {@code campaignId} names the mail whose unsubscribe link was used. */
public record ConsentHistoryLine(LocalDateTime changedAt, ConsentChannel channel, boolean granted,
        ConsentSource source, Long campaignId) implements Serializable {
}
