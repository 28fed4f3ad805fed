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
    /**
     * A staff member signed in with a password someone else chose (first administrator, reset):
     * they may only open the page that changes it, until they do.
     */
    public static final String MUST_CHANGE_PASSWORD = "MUST_CHANGE_PASSWORD";
    /** A signed-in storefront member. */
    public static final String CUSTOMER = "CUSTOMER";

    private Roles() {
    }
}
