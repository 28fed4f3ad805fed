package com.market25.audit;

/** The kind of thing a logged change was made to. */
public enum AuditTarget {
    STAFF,
    MEMBER,
    ORDER,
    PAYMENT,
    PRODUCT,
    SETTLEMENT,
    CAMPAIGN,
    PAGE,
    CUSTOMER_FIELD,
    IMPORT
}
