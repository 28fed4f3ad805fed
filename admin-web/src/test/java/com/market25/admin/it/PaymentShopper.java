package com.market25.admin.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer paying on the storefront over plain HTTP (own cookie jar), for the payment tests of
 * issue 10 (gateways, installments, e-wallet, capture): every answer is returned as it came, and
 * a few database reads tell what the shop stored.
 */
final class PaymentShopper {

    static final String HANGER = "601061510012"; // 가화행거1, 32,000원: below the installment minimum
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");
    private static final Pattern CHECKOUT_KEY = Pattern.compile("name=\"checkoutKey\"\\s+value=\"([^\"]*)\"");
    private static final Pattern SLIP = Pattern.compile("/orders/(\\d{10})");

    final String base;
    private final HttpClient http;

    PaymentShopper() {
        String url = AdminBrowser.storefrontUrl();
        this.base = url.endsWith("/") ? url : url + "/";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static PaymentShopper signedIn() {
        PaymentShopper s = new PaymentShopper();
        HttpResponse<String> login = s.post("login", "login", Map.of("loginId", Storefront.DEMO_CUSTOMER,
                "password", Storefront.DEMO_PASSWORD));
        if (login.statusCode() >= 400) {
            throw new IllegalStateException("storefront login answered " + login.statusCode());
        }
        return s;
    }

    PaymentShopper carting(String code) {
        HttpResponse<String> r = post("cart", "cart", Map.of("action", "add", "code", code, "quantity", "1"));
        if (r.statusCode() >= 400) {
            throw new IllegalStateException("cart answered " + r.statusCode());
        }
        return this;
    }

    /** The checkout form as the page gives it, with these fields put over it; the answer as it came. */
    HttpResponse<String> checkout(Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientKind", "HOME");
        form.put("recipientName", "안미란");
        form.put("recipientPhone", "031-658-2376");
        form.put("recipientPostalCode", "17900");
        form.put("recipientAddress", "경기도 평택시 세교동 개나리아파트 104동 304호");
        form.put("deliveryNote", "경비실에 맡겨 주세요");
        form.put("paymentMethod", "CARD");
        form.put("cardCompany", "BC");
        form.put("cardNumber", "4111111111111111");
        form.put("expiryMonth", "12");
        form.put("expiryYear", "2030");
        form.put("installmentMonths", "0");
        form.put("payerName", "안미란");
        form.putAll(fields);
        return post("checkout", "checkout", form);
    }

    /** The slip of a checkout answered with a redirect to the order page. */
    static String slipOf(HttpResponse<String> answer) {
        Matcher m = SLIP.matcher(answer.headers().firstValue("Location").orElse(""));
        if (answer.statusCode() / 100 != 3 || !m.find()) {
            throw new AssertionError("checkout answered " + answer.statusCode() + ": " + answer.body());
        }
        return m.group(1);
    }

    HttpResponse<String> get(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base).resolve(pathOrUrl);
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Polls the order page until it shows {@code text}. */
    String awaitOrderPage(String slip, String text, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        String page = "";
        while (Instant.now().isBefore(end)) {
            page = get("orders/" + slip).body();
            if (page.contains(text)) {
                return page;
            }
            sleep(300);
        }
        throw new AssertionError("order " + slip + " did not show " + text + " within " + timeout + ":\n" + page);
    }

    private HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
        String page = get(formPage).body();
        Map<String, String> all = new LinkedHashMap<>(fields);
        Matcher csrf = CSRF.matcher(page);
        all.put("_csrf", csrf.find() ? csrf.group(1) : "");
        Matcher key = CHECKOUT_KEY.matcher(page);
        if (key.find() && !all.containsKey("checkoutKey")) {
            all.put("checkoutKey", key.group(1));
        }
        String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(base);
        return send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", uri.getScheme() + "://" + uri.getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The rows of a query (each row's columns as strings). */
    static List<List<String>> rows(String sql, Object... params) {
        String url = AdminBrowser.databaseUrl("the payment tests read what the shop stored");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password")); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            if (!sql.trim().toLowerCase().startsWith("select")) {
                s.executeUpdate();
                return List.of();
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e, e);
        }
    }

    static String one(String sql, Object... params) {
        List<List<String>> rows = rows(sql, params);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows for " + sql + " " + List.of(params));
        }
        return rows.get(0).get(0);
    }
}
