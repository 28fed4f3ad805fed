package com.market25.inventory;

/** 입고 예정 → 입고 완료 (납품 확인 per item) or 취소 before anything came in. */
public enum ReceiptStatus {
    EXPECTED, RECEIVED, CANCELLED;

    public String labelKey() {
        return "receipt.status." + name();
    }
}
