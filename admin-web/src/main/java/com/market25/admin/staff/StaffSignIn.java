package com.market25.admin.staff;

import com.market25.signin.SignInOutcome;
import com.market25.staff.StaffView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One request's staff sign-in through the container, keeping what {@link StaffIdentityStore}
 * found (locked, throttled…) for the page to answer with.
 */
@RequestScoped
public class StaffSignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    private SignInOutcome outcome;
    private StaffView staff;

    /** SUCCESS, SEND_CONTINUE (the container is sending the browser on) or SEND_FAILURE. */
    AuthenticationStatus signIn(HttpServletRequest req, HttpServletResponse resp, String loginId, String password) {
        if (loginId == null || loginId.isBlank() || password == null || password.isEmpty()) {
            record(SignInOutcome.REFUSED, null);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return security.authenticate(req, resp, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(loginId.trim(), new Password(password)))
                .newAuthentication(true));
    }

    void record(SignInOutcome outcome, StaffView staff) {
        this.outcome = outcome;
        this.staff = staff;
    }

    SignInOutcome outcome() {
        return outcome == null ? SignInOutcome.REFUSED : outcome;
    }

    StaffView staff() {
        return staff;
    }

    /**
     * True when this request belongs to the WAR whose mechanism is {@code mechanism}: the two
     * WARs of the EAR each bring an identity store, and neither may answer for the other.
     */
    boolean forThisWar(Class<?> mechanism) {
        return mechanism.getName().equals(request.getServletContext().getInitParameter("fish.payara.security.mechanism"));
    }

    String clientAddress() {
        return request.getRemoteAddr();
    }
}
