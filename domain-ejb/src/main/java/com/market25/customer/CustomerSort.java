package com.market25.customer;

/**
 * The orders the customer list can be sorted in; each one an index can deliver, so a page on a
 * million customers never sorts them all. The SQL is fixed here, never taken from a request.
 */
public enum CustomerSort {
    /** 최근 등록순 (the default). */
    NEWEST("m.id desc"),
    /** 오래된 순. */
    OLDEST("m.id asc"),
    /** 이름순 (spacing and case ignored, as search compares names). */
    NAME("m.name_key asc, m.id asc"),
    /** 회원번호순. */
    MEMBER_NO("m.member_no asc");

    private final String orderBy;

    CustomerSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
