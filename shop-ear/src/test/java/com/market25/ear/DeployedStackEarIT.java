package com.market25.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the EAR as deployed by {@code .ci/market25 test}: both web modules answer at
 * their context roots (health is checked by the storefront's own tests).
 */
class DeployedStackEarIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (run .ci/market25 test)");
        }
        return value;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storefrontAnswersAtTheRootContext() throws Exception {
        HttpResponse<String> response = get(property("market25.url"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                response.headers().toString());
    }

    @Test
    void backOfficeAnswersUnderAdmin() throws Exception {
        HttpResponse<String> response = get(property("market25.admin.url"));
        assertEquals(200, response.statusCode(), response.body());
        // a visitor without a staff session lands on the Korean sign-in page
        assertTrue(response.body().contains("관리자 로그인"), response.body());
    }
}
