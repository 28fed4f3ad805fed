package com.market25.payment;

/**
 * How money goes back (환불 수단): the card approval cancelled whole (전체취소) or in part (부분취소)
 * at the gateway, a bank transfer to the account the customer gave (staff pay it out), or no
 * money at all (only bonus came back).
 */
public enum RefundMethod {
    CARD_CANCEL, CARD_PARTIAL_CANCEL, BANK_TRANSFER, BONUS_ONLY
}
