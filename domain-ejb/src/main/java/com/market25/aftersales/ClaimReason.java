package com.market25.aftersales;

/** Why the customer (or staff) asks: 단순 변심, 상품 불량, 오배송, 파손, 배송 지연, 기타. */
public enum ClaimReason {
    CHANGE_OF_MIND, DEFECTIVE, WRONG_ITEM, DAMAGED, LATE_DELIVERY, OTHER;

    public String labelKey() {
        return "claimReason." + name();
    }
}
