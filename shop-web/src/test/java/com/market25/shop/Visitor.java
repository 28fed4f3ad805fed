package com.market25.shop;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the storefront over plain HTTP with a cookie jar of its own: reads the per-session
 * form token from the page it came from and posts forms the way the pages do.
 */
final class Visitor {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");

    final String base;
    final HttpClient http;
    private String token;

    Visitor(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        Matcher m = TOKEN.matcher(answer.body());
        if (m.find()) {
            token = m.group(1);
        }
        return answer;
    }

    /** Posts a form with the token of the last page read (reads {@code formPage} first if none). */
    HttpResponse<String> post(String path, String formPage, Map<String, String> fields) {
        if (token == null) {
            get(formPage);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token == null ? "" : token);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", ShopClient.originOf(base))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher m = TOKEN.matcher(answer.body());
        if (m.find()) {
            token = m.group(1);
        }
        return answer;
    }

    HttpResponse<String> signIn(String loginId, String password, String next) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", loginId);
        form.put("password", password);
        if (next != null) {
            form.put("next", next);
        }
        return post("login", "login", form);
    }

    /** Joins with valid data (password market25!) and returns the login id; the member is signed in. */
    String join(String loginId, String name) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", loginId);
        form.put("password", "market25!");
        form.put("passwordConfirm", "market25!");
        form.put("name", name);
        form.put("phone", "010-3333-4444");
        form.put("email", loginId + "@market25.example");
        form.put("postalCode", "06236");
        form.put("address", "서울특별시 강남구 테헤란로 152");
        form.put("birthDate", "1985-07-01");
        form.put("gender", "F");
        HttpResponse<String> answer = post("join", "join", form);
        if (answer.statusCode() != 303) {
            throw new AssertionError("join answered " + answer.statusCode() + ": " + answer.body());
        }
        return loginId;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String uniqueLogin(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }
}
