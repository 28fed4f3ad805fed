package com.market25.payment;

/**
 * REQUESTED: the gateway is to be asked (again, after a refusal or no answer: the cancel id makes
 * that safe); PAYOUT_PENDING: a bank refund waits for staff to pay it out; DONE: the money is back.
 */
public enum RefundStatus {
    REQUESTED, PAYOUT_PENDING, DONE
}
