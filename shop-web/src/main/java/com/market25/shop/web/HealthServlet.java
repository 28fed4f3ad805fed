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
 * database and the broker answer, else 503 with the component that is down marked DOWN. It
 * answers within a second whatever is down (see {@link HealthCheck}) and names components only:
 * why one is down is in the server log, not in a public answer.
 */
@WebServlet(name = "health", urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    @EJB
    private HealthCheck health;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> result = health.check();
        boolean up = result.values().stream().allMatch(HealthCheck.UP::equals);
        resp.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        // keys and values are fixed words (component names, UP/DOWN): nothing to escape
        String body = result.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + (HealthCheck.UP.equals(e.getValue()) ? "UP" : "DOWN") + "\"")
                .collect(Collectors.joining(",", "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",", "}"));
        resp.getWriter().write(body);
    }
}
