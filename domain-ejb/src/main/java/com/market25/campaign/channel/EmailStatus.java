package com.market25.campaign.channel;

/** Where a campaign mail stands (MKT-05): a row of {@code email_message}. */
public enum EmailStatus {
    /** On the outbound queue. */
    QUEUED,
    /**
     * Being handed to the SMTP server. A mail left here by a server killed before the SMTP
     * answer may or may not have left; it is never tried again, so nobody gets it twice.
     */
    SENDING,
    /** The SMTP server accepted it. */
    SENT,
    /** The SMTP server refused the address for good. */
    FAILED,
    /** Not made: the consent was withdrawn, the address removed or the customer erased after queueing. */
    SKIPPED
}
