package com.market25.payment;

/** Why a deposit did not pay its order by itself and waits for staff (입금 확인 필요). */
public enum DepositReviewReason {
    /** Less than the amount to pay (부족입금). */
    SHORT,
    /** More than the amount to pay (초과입금). */
    EXCESS,
    /** No virtual account of ours has this number. */
    UNKNOWN_ACCOUNT,
    /** Deposited after the account's deadline, or the order was cancelled or expired meanwhile. */
    AFTER_EXPIRY,
    /** The order was paid already (an earlier deposit, or a card). */
    ALREADY_PAID;

    public String labelKey() {
        return "depositReason." + name();
    }
}
