package com.market25.shop.web;

import com.market25.infrastructure.HealthCheck;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.jsp.jstl.core.Config;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page for every failure a storefront page did not handle (web.xml maps
 * {@code java.lang.Throwable} here). When the database or the broker is unreachable, the
 * customer gets "잠시 후 다시 시도해 주세요" with 503 and Retry-After, so a browser, a proxy or a
 * script knows to come back; anything else is a defect and gets a plain 500 page. Neither shows
 * exception text. This runs outside the shop filter (error dispatch), so it finds the language
 * itself and touches neither the database nor the session store beyond reading it.
 */
@WebServlet(name = "unavailable", urlPatterns = "/unavailable")
public class UnavailableServlet extends HttpServlet {

    /** Seconds a client should wait before trying again. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger LOG = Logger.getLogger(UnavailableServlet.class.getName());

    @EJB
    private HealthCheck health;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        if (req.getDispatcherType() != DispatcherType.ERROR) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Throwable failure = (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean unavailable = Integer.valueOf(HttpServletResponse.SC_SERVICE_UNAVAILABLE).equals(code)
                || (failure != null && (Outage.isOutage(failure) || somethingDown()));
        if (!unavailable && failure != null) {
            LOG.log(Level.SEVERE, "unhandled failure at " + req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        if (resp.isCommitted()) {
            return;
        }
        resp.setStatus(unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        if (unavailable) {
            resp.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        resp.setHeader("Cache-Control", "no-store");
        Locale locale = Language.of(req);
        Config.set(req, Config.FMT_LOCALE, locale);
        req.setAttribute("english", locale.getLanguage().equals("en"));
        req.setAttribute("unavailable", unavailable);
        req.getRequestDispatcher("/WEB-INF/views/unavailable.jsp").forward(req, resp);
    }

    private boolean somethingDown() {
        try {
            return !health.allUp();
        } catch (RuntimeException e) {
            return true;
        }
    }
}
