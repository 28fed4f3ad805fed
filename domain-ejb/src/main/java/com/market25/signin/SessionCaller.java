package com.market25.signin;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

/**
 * The caller a sign-in put into the HTTP session, with the groups the identity store gave, so
 * that each later request of the session is signed in by the WAR's authentication mechanism
 * with those groups. Used instead of {@code @AutoApplySession}: under load Payara sometimes
 * re-applied only the principal and lost the groups, and a signed-in customer got 403 on their
 * own order page (payara/Payara#6145; one checkout request in ten in the checkout benchmark).
 */
public record SessionCaller(String name, Set<String> groups) implements Serializable {

    private static final String ATTRIBUTE = SessionCaller.class.getName();

    /** Remembers a successful validation in the (new or existing) session and tells the container. */
    public static AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            CredentialValidationResult result) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession().setAttribute(ATTRIBUTE,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /** Signs the request in as the session's caller, if the session has one. */
    public static Optional<AuthenticationStatus> resume(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) instanceof SessionCaller caller) {
            return Optional.of(context.notifyContainerAboutLogin(caller.name(), caller.groups()));
        }
        return Optional.empty();
    }

    /** Called on logout ({@code HttpAuthenticationMechanism.cleanSubject}). */
    public static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
