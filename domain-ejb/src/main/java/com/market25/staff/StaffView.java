package com.market25.staff;

import java.io.Serializable;

/** The signed-in staff member, as the admin session keeps it. */
public record StaffView(String loginId, String name, String branchCode, String role) implements Serializable {
}
