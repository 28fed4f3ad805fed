package com.market25.shop.web;

import com.market25.common.InvalidInputException;
import com.market25.member.MemberView;
import com.market25.ordering.Cart;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Small helpers every storefront servlet needs: session state, views, redirects, form errors. */
public final class ShopRequest {

    public static final String MEMBER = "member";
    public static final String CART = "cart";

    private ShopRequest() {
    }

    /**
     * The signed-in member: the container's caller (Jakarta Security) with the member's details
     * kept in the session at sign-in. Both must agree, or nobody is signed in.
     */
    public static Optional<MemberView> member(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        if (session == null || req.getUserPrincipal() == null) {
            return Optional.empty();
        }
        MemberView member = (MemberView) session.getAttribute(MEMBER);
        return member != null && member.loginId().equals(req.getUserPrincipal().getName())
                ? Optional.of(member) : Optional.empty();
    }

    /** Called once the container has signed the member in. */
    public static void signedIn(HttpServletRequest req, MemberView member) {
        req.getSession().setAttribute(MEMBER, member);
    }

    /** The signed-in member, or a redirect to the login page that comes back here afterwards. */
    public static Optional<MemberView> requireMember(HttpServletRequest req, HttpServletResponse resp)
            throws IOException {
        Optional<MemberView> member = member(req);
        if (member.isEmpty()) {
            String back = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
            redirect(req, resp, "/login?next=" + URLEncoder.encode(
                    com.market25.shop.member.SafeNext.of(back), StandardCharsets.UTF_8));
        }
        return member;
    }

    /** The cart to show: the session's, or an empty one for a visitor without a session (none is opened). */
    public static Cart cartToShow(HttpServletRequest req) {
        HttpSession session = req.getSession(false);
        Cart cart = session == null ? null : (Cart) session.getAttribute(CART);
        return cart == null ? new Cart() : cart;
    }

    /** The session's cart, to change: guests have one too, and it stays with the session at login. */
    public static Cart cart(HttpServletRequest req) {
        HttpSession session = req.getSession();
        Cart cart = (Cart) session.getAttribute(CART);
        if (cart == null) {
            cart = new Cart();
            session.setAttribute(CART, cart);
        }
        return cart;
    }

    /**
     * Renders a view. A page never opens a session: a visitor who has one gets its token in every
     * form (a session made while this request ran too, e.g. at sign-in); a visitor without one
     * posts without a token ({@link CsrfFilter}).
     */
    public static void render(HttpServletRequest req, HttpServletResponse resp, String view)
            throws ServletException, IOException {
        HttpSession session = req.getSession(false);
        if (session != null) {
            req.setAttribute("csrf", CsrfFilter.tokenFor(session));
        }
        req.getRequestDispatcher("/WEB-INF/views/" + view + ".jsp").forward(req, resp);
    }

    /** Post/redirect/get: 303 so a reload never posts twice. */
    public static void redirect(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", req.getContextPath() + path);
    }

    /** Puts field errors and the typed values back for the form to show. */
    public static void keepForm(HttpServletRequest req, InvalidInputException e) {
        req.setAttribute("errors", e.fieldErrors());
        Map<String, String> typed = new HashMap<>();
        req.getParameterMap().forEach((k, v) -> typed.put(k, v.length == 0 ? "" : v[0]));
        typed.remove(CsrfFilter.PARAMETER);
        req.setAttribute("form", typed);
    }

    /**
     * A shop corner by code, from the menu {@link ShopFilter} put on the request (read at most once
     * a minute), so a product or corner page asks the database one query, not two.
     */
    @SuppressWarnings("unchecked")
    public static Optional<com.market25.catalog.CategoryView> corner(HttpServletRequest req, String code) {
        Object corners = req.getAttribute("corners");
        if (!(corners instanceof java.util.List<?> list)) {
            return Optional.empty();
        }
        return ((java.util.List<com.market25.catalog.CategoryView>) list).stream()
                .filter(c -> c.code().equals(code)).findFirst();
    }

    public static String param(HttpServletRequest req, String name) {
        String value = req.getParameter(name);
        return value == null ? null : value.trim();
    }

    public static int intParam(HttpServletRequest req, String name, int fallback) {
        try {
            return Integer.parseInt(param(req, name));
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
