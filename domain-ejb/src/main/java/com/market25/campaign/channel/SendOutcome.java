package com.market25.campaign.channel;

/**
 * What a channel desk did with one customer it was asked to reach (MKT-06): queued (or put on the
 * label sheet, or on the call list), or why not. Checked when the message is made, not before:
 * consent and erasure as they are at that moment.
 */
public enum SendOutcome {
    /** Queued, printed or listed now. */
    QUEUED,
    /** The same source and key had it already: nothing new (a repeated request). */
    ALREADY_QUEUED,
    /** No consent for the channel (MEM-06). */
    NO_CONSENT,
    /** No mobile number (SMS), no postal code and address (DM), no phone (calls). */
    NO_CONTACT,
    /** DM only: a letter to the address came back (MEM-04). */
    MAIL_RETURNED,
    /** Erased on request: never contacted again. */
    ERASED,
    /** No customer has this id. */
    UNKNOWN_CUSTOMER,
    /** The rendered message cannot be sent (SMS: longer than 2,000 bytes or characters EUC-KR lacks). */
    NOT_SENDABLE
}
