package com.market25.staff;

/**
 * Role names for {@code @RolesAllowed}, web.xml constraints and {@code isUserInRole}. Staff hold
 * one or more of the back-office roles ({@link StaffRole}); storefront members hold
 * {@link #CUSTOMER}.
 */
public final class Roles {

    /** 운영자: staff accounts, unlocking, every screen. */
    public static final String ADMIN = "ADMIN";
    /** 주문관리: slips, status moves, cancelling unpaid orders, payment reconciliation. */
    public static final String ORDERS = "ORDERS";
    /** 마케팅: customers, segments, campaigns. */
    public static final String MARKETING = "MARKETING";
    /** 정산: daily closing and bonus settlement. */
    public static final String SETTLEMENT = "SETTLEMENT";
    /** 조회전용: may look at every list, may change nothing. */
    public static final String READONLY = "READONLY";
    /** A signed-in storefront member. */
    public static final String CUSTOMER = "CUSTOMER";

    private Roles() {
    }
}
