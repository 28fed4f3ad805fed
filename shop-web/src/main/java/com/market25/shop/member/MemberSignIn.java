package com.market25.shop.member;

import com.market25.member.MemberView;
import com.market25.shop.web.ShopRequest;
import com.market25.signin.SignInOutcome;
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
 * One request's sign-in: asks the container (Jakarta Security) to authenticate, and keeps what
 * {@link MemberIdentityStore} found (locked, throttled…) for the page to answer with.
 */
@RequestScoped
public class MemberSignIn {

    @Inject
    private SecurityContext security;

    @Inject
    private HttpServletRequest request;

    private SignInOutcome outcome;
    private MemberView member;

    /** True when the member is signed in; the session (with a new id) then holds them. */
    public boolean signIn(HttpServletRequest req, HttpServletResponse resp, String loginId, String password) {
        if (loginId == null || loginId.isBlank() || password == null || password.isEmpty()) {
            record(SignInOutcome.REFUSED, null);
            return false;
        }
        AuthenticationStatus status = security.authenticate(req, resp, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(loginId, new Password(password)))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS || member == null) {
            return false;
        }
        req.changeSessionId();
        ShopRequest.signedIn(req, member);
        return true;
    }

    void record(SignInOutcome outcome, MemberView member) {
        this.outcome = outcome;
        this.member = member;
    }

    public SignInOutcome outcome() {
        return outcome == null ? SignInOutcome.REFUSED : outcome;
    }

    /** The address the throttle counts: the connection's peer (no proxy header is trusted). */
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
