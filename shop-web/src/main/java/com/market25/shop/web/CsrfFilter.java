package com.market25.shop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Refuses a form post that another site could have made in a visitor's name.
 * <ul>
 * <li>A visitor with a session (a cart, a signed-in member) must send the session's token, which
 * only our pages carry.</li>
 * <li>A visitor without a session has nothing to lose yet, and browsing pages never open one (so
 * crawlers and load cost no memory): the post is taken only when the browser says it comes from
 * our own pages ({@code Origin}, else {@code Referer}), and it may open a session, within
 * {@link SessionQuota}.</li>
 * </ul>
 */
@WebFilter(filterName = "csrf")
public class CsrfFilter extends HttpFilter {

    public static final String PARAMETER = "_csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionQuota sessions = new SessionQuota(SessionQuota.setting());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        // /unsubscribe is authorised by its signed link alone; mail programs post to it without a session (RFC 8058)
        // /bank/deposits is authorised by the bank's signature alone (DepositNotificationServlet)
        if ("POST".equals(req.getMethod()) && !"/unsubscribe".equals(req.getServletPath())
                && !"/bank/deposits".equals(req.getServletPath())) {
            HttpSession session = req.getSession(false);
            if (session == null ? !fromOurPages(req) : !tokenMatches(req, session)) {
                req.setAttribute("expired", Boolean.TRUE);
                resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
                ShopRequest.render(req, resp, "expired");
                return;
            }
            if (session == null && !sessions.mayOpen(req.getRemoteAddr())) {
                resp.setStatus(429);
                resp.setHeader("Retry-After", String.valueOf(SessionQuota.WINDOW.toSeconds()));
                ShopRequest.render(req, resp, "busy");
                return;
            }
        }
        chain.doFilter(req, resp);
    }

    private static boolean tokenMatches(HttpServletRequest req, HttpSession session) {
        String expected = (String) session.getAttribute(PARAMETER);
        String sent = req.getParameter(PARAMETER);
        return expected != null && sent != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Browsers send {@code Origin} with every form post (older ones at least {@code Referer});
     * a request with neither, or from another host, is not taken without a token.
     */
    static boolean fromOurPages(HttpServletRequest req) {
        String host = req.getHeader("Host");
        String origin = req.getHeader("Origin");
        String from = origin != null && !"null".equals(origin) ? origin : req.getHeader("Referer");
        if (host == null || from == null) {
            return false;
        }
        try {
            URI uri = new URI(from);
            String authority = uri.getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host)
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The session's token, made on first use; pages of a visitor with a session put it in every form. */
    public static String tokenFor(HttpSession session) {
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
