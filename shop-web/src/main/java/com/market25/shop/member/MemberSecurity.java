package com.market25.shop.member;

import com.market25.staff.Roles;
import jakarta.annotation.security.DeclareRoles;
import com.market25.signin.ResumesSessionCaller;
import com.market25.signin.SessionCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How the storefront signs members in (Jakarta Security). The sign-in page posts to
 * {@link LoginServlet}, which asks the container to authenticate; this mechanism checks the
 * credential with {@link MemberIdentityStore} and the session remembers the member. A visitor who
 * asks for a member page (web.xml constraints, role CUSTOMER) is sent to the sign-in page with
 * the page to come back to; nothing else is touched, so browsing needs no session.
 */
@ApplicationScoped
@ResumesSessionCaller
@DeclareRoles(Roles.CUSTOMER)
public class MemberSecurity implements HttpAuthenticationMechanism {

    /**
     * This WAR's own store, asked directly: the container's IdentityStoreHandler is shared by the
     * two WARs of the EAR and would ask whichever store it met first.
     */
    @Inject
    private MemberIdentityStore identities;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identities.validate(context.getAuthParameters().getCredential());
            return SessionCaller.signIn(request, context, result);
        }
        if (context.isProtected()) {
            String back = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/login?next="
                    + URLEncoder.encode(SafeNext.of(back), StandardCharsets.UTF_8));
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionCaller.forget(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
