package com.market25.staff;

import java.io.Serializable;
import java.util.Set;

/** The signed-in staff member, as the back office keeps it. */
public record StaffView(String loginId, String name, String branchCode, Set<StaffRole> roles,
        boolean mustChangePassword) implements Serializable {

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
