package com.market25.admin.staff;

import com.market25.staff.StaffRole;
import com.market25.staff.StaffView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;

/**
 * The staff member signed in to this session. Who they are comes from the container (Jakarta
 * Security); the session keeps their name and branch for the screens. Every boundary call that
 * records a change is made in {@link #loginId()}'s name.
 */
@Named
@SessionScoped
public class StaffSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    private StaffView staff;

    public boolean isSignedIn() {
        return staff != null && security.getCallerPrincipal() != null;
    }

    public StaffView getStaff() {
        return staff;
    }

    /** The login recorded on every change (status history, settlement runs, campaigns, audit log). */
    public String loginId() {
        Principal caller = security.getCallerPrincipal();
        if (caller == null) {
            throw new IllegalStateException("no staff member signed in");
        }
        return caller.getName();
    }

    /** For screens: whether the signed-in staff member holds a role (buttons, menu entries). */
    public boolean may(String role) {
        return security.isCallerInRole(role);
    }

    /** A role by its enum, for code. */
    public boolean holds(StaffRole role) {
        return security.isCallerInRole(role.roleName());
    }

    /** The first page after signing in: the slip list for whoever may open it, else the menu. */
    public String home() {
        if (may(com.market25.staff.Roles.MUST_CHANGE_PASSWORD)) {
            return "/password.xhtml";
        }
        boolean slips = may(com.market25.staff.Roles.ORDERS) || may(com.market25.staff.Roles.ADMIN)
                || may(com.market25.staff.Roles.READONLY);
        return slips ? "/slips.xhtml" : "/index.xhtml";
    }

    void signIn(StaffView view) {
        this.staff = view;
    }
}
