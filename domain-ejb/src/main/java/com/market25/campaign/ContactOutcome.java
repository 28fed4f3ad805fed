package com.market25.campaign;

/** What became of one touch on a member's contact history (CRM-04). */
public enum ContactOutcome {
    /** The mail went to the mail server. */
    SENT,
    /** Not sent: the member had withdrawn the e-mail consent by the time the mail was due. */
    NO_CONSENT
}
