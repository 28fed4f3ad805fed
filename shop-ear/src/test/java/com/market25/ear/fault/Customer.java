package com.market25.ear.fault;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One customer of the storefront over plain HTTP, with a cookie jar (a session) of its own, the
 * way a browser uses the pages: sign in, put a product in the cart, open the checkout page, and
 * later post that page's form, paying with the demo card that the gateway simulator approves.
 */
final class Customer {

    static final String DEMO_CUSTOMER = "miran";
    static final String DEMO_PASSWORD = "market25!";
    /** The simulator approves it (payment-connector/README.md). */
    static final String APPROVED_CARD = "4111111111111111";

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w[\\w-]*)=\"([^\"]*)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]*)\"");
    private static final Pattern ORDER_PAGE = Pattern.compile("/orders/(\\d{10})");

    /** How one request ended: status -1 when the connection dropped without an answer. */
    record Answer(int status, String location, String retryAfter, String body, Duration took, String failure) {

        boolean dropped() {
            return status == -1;
        }

        /** The slip number of the order page a checkout redirected to, or null. */
        String slipNo() {
            Matcher m = location == null ? null : ORDER_PAGE.matcher(location);
            return m != null && m.find() ? m.group(1) : null;
        }

        @Override
        public String toString() {
            return status + (location == null ? "" : " -> " + location) + " in " + took.toMillis() + " ms"
                    + (failure == null ? "" : " (" + failure + ")")
                    + (status >= 400 ? ": " + title(body) : "");
        }
    }

    private final String base;
    private final HttpClient http;
    private Map<String, String> checkoutForm;

    Customer(String base) {
        this.base = base;
        // HTTP/1.1 as browsers speak it over plain http: Java's default HTTP/2 upgrade (h2c), which no
        // browser uses, once lost the answer of a checkout that was mid-request at the broker kill
        // (Grizzly: "Unable to write GOAWAY ... Locally closed"; the client saw EOF after 30 s)
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A demo customer, signed in, with {@code quantity} of the product in the cart and the checkout page open. */
    static Customer readyToPay(String base, String productCode, int quantity) {
        Customer c = new Customer(base);
        c.signIn(DEMO_CUSTOMER, DEMO_PASSWORD);
        c.addToCart(productCode, quantity);
        c.openCheckout();
        return c;
    }

    void signIn(String loginId, String password) {
        Answer a = postForm("login", "login", Map.of("loginId", loginId, "password", password));
        if (a.status() != 303) {
            throw new AssertionError("sign-in of " + loginId + " answered " + a);
        }
    }

    void addToCart(String productCode, int quantity) {
        Answer a = postForm("cart", "cart", Map.of("action", "add", "code", productCode,
                "quantity", String.valueOf(quantity)));
        if (a.status() >= 400) {
            throw new AssertionError("adding " + productCode + " to the cart answered " + a);
        }
    }

    /** Reads the checkout page and keeps its form (token, one-time keys) for {@link #payByCard()}. */
    void openCheckout() {
        Answer page = get("checkout");
        if (page.status() != 200) {
            throw new AssertionError("the checkout page answered " + page);
        }
        Map<String, String> form = hiddenFields(page.body());
        form.put("recipientKind", "HOME");
        form.put("recipientName", "안미란");
        form.put("recipientPhone", "031-658-2376");
        form.put("recipientPostalCode", "17900");
        form.put("recipientAddress", "경기도 평택시 세교동 개나리아파트 104동 304호");
        form.put("deliveryNote", "장애 시험 주문");
        form.put("cardCompany", "BC");
        form.put("cardNumber", APPROVED_CARD);
        form.put("expiryMonth", "12");
        form.put("expiryYear", "2030");
        form.put("installmentMonths", "0");
        form.put("payerName", "안미란");
        if (!form.containsKey("_csrf")) {
            throw new AssertionError("no form token on the checkout page:\n" + page.body());
        }
        checkoutForm = form;
    }

    /** Posts the checkout form read by {@link #openCheckout()}. */
    Answer payByCard() {
        return payByCard("");
    }

    /** The same, with a query string such as {@code ?lang=en}. */
    Answer payByCard(String query) {
        if (checkoutForm == null) {
            throw new IllegalStateException("openCheckout first");
        }
        return post("checkout" + query, checkoutForm);
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build());
    }

    private Answer postForm(String path, String formPage, Map<String, String> fields) {
        Answer page = get(formPage);
        Matcher m = CSRF.matcher(page.body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        // a visitor without a session gets no token: the browser's Origin stands for it
        all.put("_csrf", m.find() ? m.group(1) : "");
        return post(path, all);
    }

    private Answer post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", URI.create(base).getScheme() + "://" + URI.create(base).getRawAuthority())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private Answer send(HttpRequest request) {
        Instant start = Instant.now();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Location").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), r.body(),
                    Duration.between(start, Instant.now()), null);
        } catch (IOException e) {
            return new Answer(-1, null, null, "", Duration.between(start, Instant.now()), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher a = ATTRIBUTE.matcher(input.group());
            while (a.find()) {
                attributes.put(a.group(1).toLowerCase(), a.group(2));
            }
            if ("hidden".equalsIgnoreCase(attributes.get("type")) && attributes.containsKey("name")) {
                fields.put(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return fields;
    }

    private static String unescape(String s) {
        return s.replace("&#034;", "\"").replace("&#039;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String title(String html) {
        Matcher m = Pattern.compile("<h1[^>]*>([^<]*)</h1>").matcher(html == null ? "" : html);
        return m.find() ? m.group(1).trim() : (html == null ? "" : html.substring(0, Math.min(120, html.length())));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
