package com.market25.staff;

/** The back-office roles (ADM-02); a staff account holds one or more. */
public enum StaffRole {
    ADMIN(Roles.ADMIN),
    ORDERS(Roles.ORDERS),
    MARKETING(Roles.MARKETING),
    SETTLEMENT(Roles.SETTLEMENT),
    READONLY(Roles.READONLY);

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    /** The name used in {@code @RolesAllowed} and web.xml. */
    public String roleName() {
        return roleName;
    }
}
