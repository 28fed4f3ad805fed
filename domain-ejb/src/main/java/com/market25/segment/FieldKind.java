package com.market25.segment;

/** What a condition's values are. */
public enum FieldKind {
    /** one or more codes, any of which matches */
    SET,
    /** a minimum and a maximum (either may be blank: open), whole numbers */
    RANGE,
    /** "true" or "false" */
    FLAG,
    /**
     * as the user-defined field's type says, which the server reads from the field's definition:
     * TEXT and CODE one or more values, any of which matches (codes among the field's options);
     * NUMBER a minimum and a maximum (decimals); DATE a first and a last date (yyyy-MM-dd); either
     * bound may be blank (open)
     */
    BY_FIELD_TYPE
}
