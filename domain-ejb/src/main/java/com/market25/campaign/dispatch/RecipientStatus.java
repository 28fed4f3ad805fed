package com.market25.campaign.dispatch;

/** One recipient of a project: waiting, handed to the channel, or left out when the message was made. */
public enum RecipientStatus {
    PENDING,
    SENT,
    SKIPPED
}
