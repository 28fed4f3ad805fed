package com.market25.receipt;

/** 현금영수증 용도: 소득공제 (a private customer, by phone number) or 지출증빙 (a business, by its number). */
public enum CashReceiptPurpose {
    INCOME_DEDUCTION, EXPENSE_PROOF;

    public String labelKey() {
        return "cashReceipt." + name();
    }
}
