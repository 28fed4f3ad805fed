package com.market25.admin.staff;

import com.market25.admin.api.Problem;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * HTTP Basic for {@code /api/*}: every request carries the staff member's login and password,
 * checked by the same identity store (and the same lock-out) as the sign-in page, and nothing is
 * kept in a session. Without valid credentials a protected API request gets 401 with a problem
 * body instead of the sign-in page.
 */
final class ApiCaller {

    private static final String BASIC = "Basic ";

    private ApiCaller() {
    }

    static boolean isApiRequest(HttpServletRequest request) {
        // the servlet path is not known yet when the container authenticates
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, StaffIdentityStore identities) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            UsernamePasswordCredential credential = decode(header.substring(BASIC.length()).trim());
            if (credential != null) {
                CredentialValidationResult result = identities.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return refuse(request, response);
        }
        return context.isProtected() ? refuse(request, response) : context.doNothing();
    }

    private static UsernamePasswordCredential decode(String token) {
        try {
            String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response) {
        // Korean unless the client asks for another language
        Locale locale = request.getHeader("Accept-Language") == null ? Locale.KOREAN : request.getLocale();
        var problem = Problem.of(jakarta.ws.rs.core.Response.Status.UNAUTHORIZED,
                Problem.domainText(locale, "error.api.unauthorized"));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"market25-admin\", charset=\"UTF-8\"");
        response.setContentType(Problem.JSON.toString());
        try {
            response.getWriter().write((String) problem.getEntity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
