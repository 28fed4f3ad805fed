package com.market25.ordering;

/** The columns 전표별 주문관리 can sort by, each with its SQL expression (never from input). */
public enum SlipField {
    SLIP_NO("o.slip_no"),
    STATUS("o.status"),
    ORDERED_AT("o.ordered_at"),
    PAID_AT("o.paid_at"),
    COMPLETED_AT("o.completed_at"),
    STAFF("o.staff_login"),
    BRANCH("o.branch_code"),
    CHANNEL("o.channel"),
    TOTAL("o.total_amount"),
    MEMBER_NAME("m.name");

    private final String column;

    SlipField(String column) {
        this.column = column;
    }

    public String column() {
        return column;
    }

    /** Whether sorting by it needs the member joined before the page is cut. */
    boolean needsMember() {
        return this == MEMBER_NAME;
    }
}
