package com.market25.payment;

/** What staff decided about a deposit in review or dead-lettered. */
public enum DepositResolution {
    /** The order is paid with this deposit (e.g. the customer settles the difference otherwise). */
    MARKED_PAID,
    /** The money goes back to the depositor; the note says how (account, who was called). */
    REFUND_NOTE,
    /** Nothing to do (a test transfer, already handled elsewhere). */
    IGNORED;

    public String labelKey() {
        return "depositResolution." + name();
    }
}
