package com.market25.admin.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer on the storefront, over plain HTTP (its own cookie jar): signs in, puts a product in
 * the cart, checks out by card and waits until the order is paid. Gives the tests of the admin a
 * real paid slip to work on.
 */
final class Storefront {

    static final String DEMO_CUSTOMER = "miran";
    static final String DEMO_PASSWORD = "market25!";
    /** 딤채고급형 신형(DP-601), 540,000원. */
    static final String DIMCHAE = "601041010112";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");
    private static final Pattern CSRF_REVERSED = Pattern.compile("value=\"([^\"]*)\"\\s+name=\"_csrf\"");
    private static final Pattern SLIP = Pattern.compile("/orders/(\\d{10})");

    private final String base;
    private final HttpClient http;

    Storefront(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    void signIn(String loginId, String password) {
        HttpResponse<String> answer = post("login", Map.of("loginId", loginId, "password", password));
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException("storefront login answered " + answer.statusCode());
        }
        follow(answer);
    }

    void addToCart(String productCode, int quantity) {
        HttpResponse<String> answer = post("cart", Map.of("action", "add", "code", productCode,
                "quantity", String.valueOf(quantity)));
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException("cart answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** Checks out by BC card, lump sum; returns the 10-digit slip number. */
    String checkoutByCard() {
        return checkoutByCard("4111111111111111");
    }

    /** Checks out with this card number (a declining one leaves the order unpaid); the slip number. */
    String checkoutByCard(String cardNumber) {
        Map<String, String> form = recipient("안미란", "031-658-2376", "17900", "경기도 평택시 세교동 개나리아파트 104동 304호");
        form.put("deliveryNote", "경비실에 맡겨 주세요");
        form.putAll(card("BC", cardNumber, "안미란"));
        return slipOfCheckout(form, null);
    }

    /** Checks out by bank transfer (무통장입금) with this depositor name; the slip number. */
    String checkoutByBankTransfer(String depositorName) {
        Map<String, String> form = recipient("안미란", "031-658-2376", "17900", "경기도 평택시 세교동 개나리아파트 104동 304호");
        form.put("paymentMethod", "BANK_TRANSFER");
        form.put("depositorName", depositorName);
        return slipOfCheckout(form, "account=1");
    }

    /** Joins the shop as a new member under {@code upperLoginId} and stays signed in (SHOP-04). */
    void join(String loginId, String upperLoginId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("loginId", loginId);
        form.put("password", DEMO_PASSWORD);
        form.put("passwordConfirm", DEMO_PASSWORD);
        form.put("name", "한지민");
        form.put("phone", StaffApi.uniqueMobile());
        form.put("email", loginId + "@market25.example");
        form.put("postalCode", "06236");
        form.put("address", "서울특별시 강남구 테헤란로 152");
        form.put("gender", "F");
        form.put("upperMemberLoginId", upperLoginId);
        HttpResponse<String> answer = post("join", form);
        if (answer.statusCode() / 100 != 3) {
            throw new IllegalStateException("join answered " + answer.statusCode() + ": " + answer.body());
        }
        follow(answer);
    }

    /** Checks out by card with more fields (e.g. {@code bonusToUse}); the redirect's slip number. */
    String checkoutByCard(String cardNumber, Map<String, String> more) {
        Map<String, String> form = recipient("한지민", "02-555-0100", "06236", "서울특별시 강남구 테헤란로 152");
        form.putAll(card("KB", cardNumber, "한지민"));
        form.putAll(more);
        return slipOfCheckout(form, null);
    }

    private static Map<String, String> recipient(String name, String phone, String postalCode, String address) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientKind", "HOME");
        form.put("recipientName", name);
        form.put("recipientPhone", phone);
        form.put("recipientPostalCode", postalCode);
        form.put("recipientAddress", address);
        return form;
    }

    private static Map<String, String> card(String company, String number, String payer) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cardCompany", company);
        form.put("cardNumber", number);
        form.put("expiryMonth", "12");
        form.put("expiryYear", "2030");
        form.put("installmentMonths", "0");
        form.put("payerName", payer);
        return form;
    }

    /** Posts the checkout form; the slip of the order page it redirects to, whose address must contain {@code expect} when given. */
    private String slipOfCheckout(Map<String, String> form, String expect) {
        HttpResponse<String> answer = post("checkout", form);
        String location = answer.headers().firstValue("Location").orElse("");
        Matcher m = SLIP.matcher(location);
        if (answer.statusCode() / 100 != 3 || !m.find() || (expect != null && !location.contains(expect))) {
            throw new IllegalStateException("checkout answered " + answer.statusCode() + " to " + location + ": "
                    + answer.body());
        }
        return m.group(1);
    }

    /**
     * Posts a form of a page ({@code page}'s CSRF token) with repeated fields (e.g. several
     * {@code line}s); the answer as it comes (no redirect followed).
     */
    HttpResponse<String> postFrom(String page, String path, java.util.List<Map.Entry<String, String>> fields) {
        java.util.List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry("_csrf", csrf(page)));
        String body = all.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", URI.create(base).getScheme() + "://" + URI.create(base).getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** A GET of a storefront path as this customer (status, headers and the raw bytes). */
    HttpResponse<byte[]> getBytes(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String orderPage(String slipNo) {
        return get("orders/" + slipNo).body();
    }

    /** Polls the customer's order page until it shows {@code text}; fails after the timeout. */
    String awaitOrderPageContaining(String slipNo, String text, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        String page = "";
        while (Instant.now().isBefore(end)) {
            page = orderPage(slipNo);
            if (page.contains(text)) {
                return page;
            }
            sleep(500);
        }
        throw new AssertionError("order " + slipNo + " did not show " + text + " within " + timeout
                + "; last page:\n" + page);
    }

    /** A new paid order of 딤채 (540,000원) by the demo customer: signed in, carted, paid, approved. */
    static PaidOrder newPaidOrder(String base) {
        Storefront shop = new Storefront(base);
        shop.signIn(DEMO_CUSTOMER, DEMO_PASSWORD);
        shop.addToCart(DIMCHAE, 1);
        String slipNo = shop.checkoutByCard();
        shop.awaitPaid(slipNo, Duration.ofSeconds(20));
        return new PaidOrder(shop, slipNo);
    }

    /**
     * Waits until the payment completed (asynchronously, over JMS): the customer's order page
     * shows 입금완료.
     */
    void awaitPaid(String slipNo, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        String page = "";
        while (Instant.now().isBefore(end)) {
            page = orderPage(slipNo);
            if (page.contains("입금완료")) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("order " + slipNo + " was not paid within " + timeout + "; last order page:\n" + page);
    }

    /** The order's status column (the test is skipped without database settings, fails so in CI). */
    static String statusInDatabase(String slipNo) {
        String url = AdminBrowser.databaseUrl("cannot read the order's status");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
                PreparedStatement ps = c.prepareStatement("select status from customer_order where slip_no = ?")) {
            ps.setString(1, slipNo);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read order " + slipNo + " from " + url, e);
        }
    }

    /** The customer cancels their unpaid order from its page (주문취소); true when the shop took it. */
    boolean cancelOrder(String slipNo) {
        String body = "_csrf=" + enc(csrf("orders/" + slipNo));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "orders/cancel/" + slipNo))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", URI.create(base).getScheme() + "://" + URI.create(base).getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        return answer.statusCode() / 100 == 3;
    }

    record PaidOrder(Storefront shop, String slipNo) {
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) {
        String token = csrf(path);
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", URI.create(base).getScheme() + "://" + URI.create(base).getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    private String csrf(String path) {
        String page = get(path).body();
        Matcher m = CSRF.matcher(page);
        if (m.find()) {
            return m.group(1);
        }
        m = CSRF_REVERSED.matcher(page);
        if (m.find()) {
            return m.group(1);
        }
        return ""; // a visitor without a session gets no token: the browser's Origin stands for it
    }

    private HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private void follow(HttpResponse<String> answer) {
        answer.headers().firstValue("Location").ifPresent(location ->
                send(HttpRequest.newBuilder(URI.create(base).resolve(location)).GET().build()));
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

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
