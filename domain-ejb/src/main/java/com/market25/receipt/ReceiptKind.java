package com.market25.receipt;

/** 카드매출전표 for a card payment, 현금영수증 for any other payment. */
public enum ReceiptKind {
    CARD_SLIP, CASH_RECEIPT;

    public String labelKey() {
        return "receipt." + name();
    }
}
