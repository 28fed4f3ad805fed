package com.market25.shop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Refuses a POST that does not carry the session's token, so another site cannot place
 * orders or change carts in a signed-in customer's name.
 */
@WebFilter(filterName = "csrf")
public class CsrfFilter extends HttpFilter {

    public static final String PARAMETER = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // /unsubscribe is authorised by its signed link alone; mail programs post to it without a session (RFC 8058)
        if ("POST".equals(req.getMethod()) && !"/unsubscribe".equals(req.getServletPath())) {
            HttpSession session = req.getSession(false);
            String expected = session == null ? null : (String) session.getAttribute(PARAMETER);
            String sent = req.getParameter(PARAMETER);
            if (expected == null || sent == null
                    || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                            sent.getBytes(StandardCharsets.UTF_8))) {
                req.setAttribute("expired", Boolean.TRUE);
                resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
                tokenFor(req);
                ShopRequest.render(req, resp, "expired");
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    /** The session's token, made on first use; pages put it in every form. */
    public static String tokenFor(HttpServletRequest req) {
        HttpSession session = req.getSession();
        String token = (String) session.getAttribute(PARAMETER);
        if (token == null) {
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(PARAMETER, token);
        }
        return token;
    }
}
