package com.market25.shop;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A customer over plain HTTP with their own cookie jar, as a browser posts forms: it reads the
 * page first and sends back the form's hidden fields (the session token, the one-time form key).
 */
final class ShopClient {

    static final String DEMO_CUSTOMER = "miran";
    static final String DEMO_PASSWORD = "market25!";
    static final String APPROVING_CARD = "4111111111111111";

    private static final Pattern SLIP = Pattern.compile("/orders/(\\d{10})");

    private final String base;
    private final HttpClient http;

    ShopClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    static ShopClient signedIn(String base) {
        ShopClient shop = new ShopClient(base);
        HttpResponse<String> answer = shop.post("login", "login", Map.of("loginId", DEMO_CUSTOMER,
                "password", DEMO_PASSWORD));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + answer.statusCode());
        }
        return shop;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** Reads {@code page}, then posts its form's hidden fields plus {@code fields} to {@code action}. */
    HttpResponse<String> post(String page, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(hiddenFields(get(page).body()));
        all.putAll(fields);
        return postRaw(action, all);
    }

    /** Posts exactly these fields (a browser sending the same form again sends the same body). */
    HttpResponse<String> postRaw(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Origin", originOf(base))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /** What a browser sends with a form post from our own pages ({@code Origin}). */
    static String originOf(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getRawAuthority();
    }

    /** The hidden inputs of a page (first occurrence of each name). */
    static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            fields.putIfAbsent(m.group(1), m.group(2).replace("&#034;", "\"").replace("&amp;", "&"));
        }
        return fields;
    }

    void addToCart(String code, int quantity) {
        HttpResponse<String> answer = post("product/" + code, "cart", Map.of("action", "add", "code", code,
                "quantity", String.valueOf(quantity)));
        if (answer.statusCode() != 303) {
            throw new IllegalStateException("cart answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** The checkout form filled in as a customer would, card number given. */
    static Map<String, String> checkoutForm(String cardNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recipientKind", "HOME");
        form.put("recipientName", "안미란");
        form.put("recipientPhone", "031-658-2376");
        form.put("recipientPostalCode", "17900");
        form.put("recipientAddress", "경기도 평택시 세교동 개나리아파트 104동 304호");
        form.put("deliveryNote", "경비실에 맡겨 주세요");
        form.putAll(cardForm(cardNumber));
        return form;
    }

    static Map<String, String> cardForm(String cardNumber) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("cardCompany", "BC");
        form.put("cardNumber", cardNumber);
        form.put("expiryMonth", "12");
        form.put("expiryYear", "2030");
        form.put("installmentMonths", "0");
        form.put("payerName", "안미란");
        return form;
    }

    /** The slip number of a redirect to an order page. */
    static Optional<String> slipOf(HttpResponse<String> answer) {
        Matcher m = SLIP.matcher(answer.headers().firstValue("Location").orElse(""));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A new order of {@code code} checked out with {@code card}; its slip number. */
    String checkout(String code, String card) {
        addToCart(code, 1);
        HttpResponse<String> answer = post("checkout", "checkout", checkoutForm(card));
        return slipOf(answer).orElseThrow(() -> new IllegalStateException("checkout answered "
                + answer.statusCode() + ": " + answer.body()));
    }

    String awaitOrderPage(String slipNo, String text) {
        Instant end = Instant.now().plusSeconds(20);
        String page = "";
        while (Instant.now().isBefore(end)) {
            page = get("orders/" + slipNo).body();
            if (page.contains(text)) {
                return page;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("order " + slipNo + " did not show " + text + "; last page:\n" + page);
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
}
