package com.market25.admin.staff;

import com.market25.staff.Roles;
import jakarta.annotation.security.DeclareRoles;
import com.market25.signin.ResumesSessionCaller;
import com.market25.signin.SessionCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How the back office signs staff in (Jakarta Security): the form of login.xhtml
 * ({@link LoginBean}) hands the credential to this mechanism, {@link StaffIdentityStore} checks it,
 * the session remembers the staff member, and a page asked for before signing in is shown after
 * it. Pages and their ajax requests are guarded by the roles in web.xml, boundaries by
 * {@code @RolesAllowed}. Payara takes the mechanism of each WAR of the EAR from the context
 * parameter {@code fish.payara.security.mechanism} in web.xml, which names this class.
 */
@ApplicationScoped
@ResumesSessionCaller
@AuthenticatesApiCalls
@LoginToContinue(loginPage = "/login.xhtml", useForwardToLogin = false, errorPage = "")
@DeclareRoles({Roles.ADMIN, Roles.ORDERS, Roles.MARKETING, Roles.SETTLEMENT, Roles.READONLY,
    Roles.MUST_CHANGE_PASSWORD})
public class AdminSecurity implements HttpAuthenticationMechanism {

    /**
     * This WAR's own store, asked directly: the container's IdentityStoreHandler is shared by the
     * two WARs of the EAR and would ask whichever store it met first.
     */
    @Inject
    private StaffIdentityStore identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return SessionCaller.signIn(request, context, identities.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
