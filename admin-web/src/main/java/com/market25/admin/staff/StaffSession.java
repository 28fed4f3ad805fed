package com.market25.admin.staff;

import com.market25.staff.StaffView;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/** The staff member signed in to this session; every boundary call is made in their name. */
@Named
@SessionScoped
public class StaffSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private StaffView staff;

    public boolean isSignedIn() {
        return staff != null;
    }

    public StaffView getStaff() {
        return staff;
    }

    /** The login recorded on every change (status history, settlement runs, campaigns). */
    public String loginId() {
        if (staff == null) {
            throw new IllegalStateException("no staff member signed in");
        }
        return staff.loginId();
    }

    void signIn(StaffView view) {
        this.staff = view;
    }
}
