package com.market25.customer;

/** 결혼 여부 in the extended profile (MEM-02); the wedding date is asked only of MARRIED. */
public enum MaritalStatus {
    SINGLE,
    MARRIED
}
