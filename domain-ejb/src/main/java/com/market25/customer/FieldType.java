package com.market25.customer;

/** The kind of value a user-defined field holds (MEM-05); each has its own typed column. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    /** One of the codes the administrator listed for the field. */
    CODE
}
