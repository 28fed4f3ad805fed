package com.market25.member;

/** How a consent was given or withdrawn, kept with every change (정보통신망법 §50 asks us to prove it). */
public enum ConsentSource {
    /** Chosen on the join form; the state of every channel nobody has changed since. */
    JOIN,
    /** Changed by the member on 내 정보. */
    MY_PAGE,
    /** The unsubscribe link of a campaign mail, confirmed in the browser. */
    UNSUBSCRIBE_LINK,
    /** A mail program's one-click unsubscribe (RFC 8058 List-Unsubscribe-Post). */
    ONE_CLICK,
    /** Set by staff in the back office (the customer asked by phone, letter or at the counter). */
    STAFF,
    /** Withdrawn because the customer's personal data was erased on request. */
    ERASURE
}
