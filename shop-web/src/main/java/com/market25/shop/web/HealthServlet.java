package com.market25.shop.web;

import com.market25.infrastructure.HealthCheck;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /health}: {@code {"status":"UP","database":"UP","broker":"UP"}} with 200 when the
 * database and the broker answer and the storefront has warmed up ({@link Warmup}), else 503:
 * status WARMING_UP while the pages are walked once, DOWN with the component that is down. It
 * answers within a second whatever is down (see {@link HealthCheck}) and names components only:
 * why one is down is in the server log, not in a public answer.
 */
@WebServlet(name = "health", urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    @EJB
    private HealthCheck health;

    @jakarta.inject.Inject
    private Warmup warmup;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> result = health.check();
        boolean componentsUp = result.values().stream().allMatch(HealthCheck.UP::equals);
        if (componentsUp && !warmup.done()) {
            warmup.startOnce("http://127.0.0.1:" + req.getLocalPort() + req.getContextPath());
        }
        boolean up = componentsUp && warmup.done();
        resp.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        // keys and values are fixed words (component names, UP/DOWN): nothing to escape
        String body = result.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + (HealthCheck.UP.equals(e.getValue()) ? "UP" : "DOWN") + "\"")
                .collect(Collectors.joining(",", "{\"status\":\"" + (up ? "UP" : componentsUp ? "WARMING_UP" : "DOWN")
                        + "\",", "}"));
        resp.getWriter().write(body);
    }
}
