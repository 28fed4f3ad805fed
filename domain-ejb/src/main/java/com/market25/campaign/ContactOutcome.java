package com.market25.campaign;

/**
 * What became of one touch on a member's contact history (CRM-04): an e-mail sent or not, an SMS
 * report, a DM sent or returned, a telemarketer's call result.
 */
public enum ContactOutcome {
    /** The mail went to the mail server. */
    SENT,
    /** Not sent: the member had withdrawn the e-mail consent by the time the mail was due. */
    NO_CONSENT,
    /** SMS/LMS: the carrier reported it delivered (campaign.channel.SmsReports). */
    DELIVERED,
    /** SMS/LMS: the carrier could not deliver it. */
    FAILED,
    /** SMS/LMS: no such subscriber. */
    UNKNOWN_NUMBER,
    /** DM: the letter came back (반송, MEM-04); the address is flagged until it changes. */
    RETURNED,
    /** Phone: the customer was reached (campaign.channel.CallResult has the same names). */
    REACHED,
    /** Phone: nobody answered. */
    NO_ANSWER,
    /** Phone: the customer asked to be called back. */
    CALL_BACK,
    /** Phone: the customer refused the call. */
    REFUSED,
    /** Phone: the number is not the customer's. */
    WRONG_NUMBER
}
