package com.market25.phoneorder;

/** 물류 방법 of a phone order (ORD-03): a parcel to an address (택배) or pickup at a branch (지사 수령). */
public enum LogisticsMethod {
    PARCEL, BRANCH_PICKUP;

    public String labelKey() {
        return "logistics." + name();
    }
}
