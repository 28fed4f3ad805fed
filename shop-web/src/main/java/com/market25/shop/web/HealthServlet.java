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

/** {@code /health}: 200 when the database and the broker answer, 503 otherwise, as JSON. */
@WebServlet(name = "health", urlPatterns = "/health")
public class HealthServlet extends HttpServlet {

    @EJB
    private HealthCheck health;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Map<String, String> result = health.check();
        boolean up = result.values().stream().allMatch("UP"::equals);
        resp.setStatus(up ? 200 : 503);
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        String body = result.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + json(e.getValue()) + "\"")
                .collect(Collectors.joining(",", "{\"status\":\"" + (up ? "UP" : "DOWN") + "\",", "}"));
        resp.getWriter().write(body);
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
