package com.market25.campaign.channel;

/** Where a text message stands (MKT-06): queued until the gateway's delivery report says more. */
public enum SmsStatus {
    /** On the outbound queue or with the gateway; no report yet. */
    QUEUED,
    /** The carrier delivered it to the phone. */
    DELIVERED,
    /** The carrier could not deliver it (phone off for too long, full, barred …). */
    FAILED,
    /** No such subscriber: not a Korean mobile number, or no longer in service. */
    UNKNOWN_NUMBER;

    /** Whether a gateway may report this (QUEUED is ours, never a report). */
    public boolean reportable() {
        return this != QUEUED;
    }
}
