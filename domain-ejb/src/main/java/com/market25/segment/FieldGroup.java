package com.market25.segment;

/** The builder's sections. */
public enum FieldGroup {
    PROFILE, RFM, PURCHASE, IMPORT,
    /** the administrator's own customer fields (MEM-05), each named by its code in the condition */
    USER
}
