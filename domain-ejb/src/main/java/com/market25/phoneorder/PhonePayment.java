package com.market25.phoneorder;

/**
 * 결제 방법 of a phone order: the card read out on the phone, or 결제 대기 (the customer pays
 * later on the shop's order page, within the unpaid-order deadline).
 */
public enum PhonePayment {
    CARD_BY_PHONE, PAY_LATER;

    public String labelKey() {
        return "phonePayment." + name();
    }
}
