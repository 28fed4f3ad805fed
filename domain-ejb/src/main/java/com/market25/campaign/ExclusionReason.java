package com.market25.campaign;

/**
 * Why a customer a source named was left out before the draw (MKT-04), in the order they are
 * checked: a customer is counted under the first reason that applies.
 */
public enum ExclusionReason {
    /** The uploaded list names an id no customer has. */
    UNKNOWN_ID,
    /** Named by more than one source, or twice in a list: counted once. */
    DUPLICATE,
    /** Personal data erased on request (MEM-06). */
    ERASED,
    NO_CONSENT_EMAIL,
    NO_CONSENT_SMS,
    NO_CONSENT_DM,
    NO_CONSENT_PHONE,
    /** DM came back undeliverable (MEM-04): the address is flagged until it changes. */
    MAIL_RETURNED
}
