package com.market25.campaign.channel;

import java.io.Serializable;
import java.time.Instant;

/**
 * A gateway's delivery report for one message: the message id it was given, the outcome, the
 * gateway's own reference of the report and when the carrier decided.
 */
public record SmsReport(long smsId, SmsStatus status, String reportRef, Instant reportedAt) implements Serializable {
}
