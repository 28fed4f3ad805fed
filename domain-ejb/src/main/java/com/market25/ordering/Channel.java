package com.market25.ordering;

/** 주문경로 (ORD-02): where an order came in. */
public enum Channel {
    INTERNET, PHONE, DM, ARS, FAX, VISIT
}
