package com.market25.admin.staff;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * Only signed-in staff get past this filter; everyone else is sent to the login page. Faces
 * resources (scripts, styles) and the login page itself stay open. An ajax request of an
 * expired session gets a redirect the PrimeFaces client understands.
 */
@WebFilter(filterName = "staffFilter", urlPatterns = "/*")
public class StaffFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    private StaffSession staffSession;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        // servlet path and path info are decoded and normalized, unlike the request URI
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isOpen(path) || signedIn(request)) {
            if (!path.startsWith("/jakarta.faces.resource/")) {
                response.setHeader("Cache-Control", "no-store");
            }
            chain.doFilter(request, response);
            return;
        }
        Servlets.facesRedirect(request, response, request.getContextPath() + LOGIN_PAGE);
    }

    static boolean isOpen(String path) {
        return path.equals(LOGIN_PAGE) || path.startsWith("/jakarta.faces.resource/");
    }

    private boolean signedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && staffSession.isSignedIn();
    }
}
