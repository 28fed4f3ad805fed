package com.market25.shop.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/**
 * The visitor's language: Korean unless they chose English with {@code ?lang=en}. The choice is
 * kept in a cookie, not in a session, so a crawler following the language link on every page
 * costs the server no memory.
 */
final class Language {

    static final String COOKIE = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Language() {
    }

    /** The language of this request: the parameter, else the remembered choice, else Korean. */
    static Locale of(HttpServletRequest req) {
        String lang = chosen(req.getParameter("lang"));
        if (lang == null && req.getCookies() != null) {
            for (Cookie c : req.getCookies()) {
                if (COOKIE.equals(c.getName())) {
                    lang = chosen(c.getValue());
                }
            }
        }
        return lang == null ? Locale.KOREAN : Locale.forLanguageTag(lang);
    }

    /** Remembers a language chosen by parameter on this request. */
    static void remember(HttpServletRequest req, HttpServletResponse resp) {
        String lang = chosen(req.getParameter("lang"));
        if (lang != null) {
            Cookie cookie = new Cookie(COOKIE, lang);
            cookie.setPath(req.getContextPath().isEmpty() ? "/" : req.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setSecure(req.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            resp.addCookie(cookie);
        }
    }

    private static String chosen(String value) {
        return "en".equals(value) || "ko".equals(value) ? value : null;
    }
}
