package com.market25.shop.web;

import com.market25.catalog.Catalog;
import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.jsp.jstl.core.Config;
import java.io.IOException;
import java.util.Locale;

/**
 * Sets what every page shares: UTF-8, the security headers, the language ({@link Language}),
 * the shop-corner menu and, for a visitor who has a session, the form token. Pages
 * of a visitor with a session (cart, sign-in) and the member pages are never stored by browsers
 * or proxies; anonymous catalog pages may be.
 */
@WebFilter(filterName = "shop")
public class ShopFilter extends HttpFilter {

    /** The pages are plain HTML with one style sheet: nothing inline, nothing from elsewhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    /** Pages with personal or payment data, whoever asks. */
    static final java.util.regex.Pattern PERSONAL_PAGES =
            java.util.regex.Pattern.compile("^/(login|logout|join|cart|checkout|orders|bonus|me|unsubscribe)(/.*)?$");

    @EJB
    private Catalog catalog;

    private final MenuCache menu = new MenuCache();

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        req.setCharacterEncoding("UTF-8");
        resp.setCharacterEncoding("UTF-8");
        String path = req.getServletPath();
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (path.startsWith("/static/") || path.equals("/health")) {
            if (path.startsWith("/static/") && req.getParameter("v") != null) {
                resp.setHeader("Cache-Control", StaticAssets.CACHE_CONTROL);
            }
            chain.doFilter(req, resp);
            return;
        }
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (req.getSession(false) != null || PERSONAL_PAGES.matcher(path).matches()) {
            resp.setHeader("Cache-Control", "no-store");
        }
        Language.remember(req, resp);
        Locale locale = Language.of(req);
        Config.set(req, Config.FMT_LOCALE, locale);
        req.setAttribute("english", locale.getLanguage().equals("en"));
        req.setAttribute("corners", menu.corners(catalog));
        // Browsing needs no session; a visitor who has one gets its token in every form.
        if (req.getSession(false) != null) {
            req.setAttribute("csrf", CsrfFilter.tokenFor(req.getSession(false)));
        }
        ShopRequest.member(req).ifPresent(m -> req.setAttribute("me", m));
        HttpSession session = req.getSession(false);
        Object cart = session == null ? null : session.getAttribute(ShopRequest.CART);
        req.setAttribute("cartSize", cart == null ? 0 : ((com.market25.ordering.Cart) cart).size());
        chain.doFilter(req, resp);
    }
}
