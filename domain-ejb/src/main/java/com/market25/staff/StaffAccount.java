package com.market25.staff;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Set;

/** A row of the staff-account screen (직원 관리). */
public record StaffAccount(String loginId, String name, String branchCode, Set<StaffRole> roles, boolean active,
        boolean mustChangePassword, LocalDateTime lockedUntil, LocalDateTime lastSignInAt, String updatedBy,
        LocalDateTime updatedAt, boolean canSignIn) implements Serializable {

    public boolean locked() {
        return lockedUntil != null;
    }
}
