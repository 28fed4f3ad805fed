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
    /** The e-wallet provider's side: none of the shop's cookies go there. */
    private static final HttpClient PROVIDER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern EWALLET_GO = Pattern.compile("id=\"ewallet-go\" href=\"([^\"]+)\"");
    private static final Pattern EWALLET_TOKEN = Pattern.compile("name=\"t\" value=\"([0-9a-f]+)\"");

    final String base;
    /** Whom this customer signed in as. */
    String login;
    private final HttpClient http;

    PaymentShopper() {
        String url = AdminBrowser.storefrontUrl();
        this.base = url.endsWith("/") ? url : url + "/";
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    static PaymentShopper signedIn() {
        return signedIn(Storefront.DEMO_CUSTOMER);
    }

    /** A customer signed in under this login (a demo customer, or a member a test let join). */
    static PaymentShopper signedIn(String loginId) {
        PaymentShopper s = new PaymentShopper();
        HttpResponse<String> login = s.post("login", "login", Map.of("loginId", loginId,
                "password", Storefront.DEMO_PASSWORD));
        if (login.statusCode() >= 400) {
            throw new IllegalStateException("storefront login answered " + login.statusCode());
        }
        s.login = loginId;
        return s;
    }

    /**
     * A new member (joined under ALTWELL, so no other test's bonus figures move) holding
     * {@code bonus} won of settled, usable bonus (BON-04), signed in.
     */
    static PaymentShopper newMemberWithBonus(String prefix, long bonus) {
        String loginId = prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        new Storefront(AdminBrowser.storefrontUrl()).join(loginId, "altwell");
        giveSettledBonus(loginId, bonus);
        return signedIn(loginId);
    }

    /** Settled bonus earned ten days ago, usable at checkout. */
    static void giveSettledBonus(String loginId, long amount) {
        rows("insert into bonus_entry (member_id, order_id, kind, amount, earned_on, settled, settled_on, created_at, ref)"
                + " select id, null, 'DISCOUNT', ?, current_date - interval 10 day, true, current_date - interval 9 day,"
                + " now(3), '' from member where login_id = ?", amount, loginId);
        if (!"1".equals(one("select count(*) from bonus_entry b join member m on m.id = b.member_id"
                + " where m.login_id = ? and b.kind = 'DISCOUNT' and b.order_id is null", loginId))) {
            throw new AssertionError("no bonus for " + loginId);
        }
    }

    /** The bonus ledger's entries of one kind for the slip, summed (0 when none). */
    static long bonusOf(String slip, String kind) {
        return Long.parseLong(one("select coalesce(sum(b.amount), 0) from bonus_entry b join customer_order o"
                + " on o.id = b.order_id where o.slip_no = ? and b.kind = ?", slip, kind).replaceAll("\\..*", ""));
    }

    /** The slip's refunds: method, amount, bonus amount and status of each, oldest first. */
    static List<List<String>> refundsOf(String slip) {
        return rows("select r.method, r.amount, r.bonus_amount, r.status from refund r join customer_order o"
                + " on o.id = r.order_id where o.slip_no = ? order by r.id", slip);
    }

    /** The customer cancels their unpaid order from its page (주문취소): the answer as it came. */
    HttpResponse<String> cancelUnpaid(String slip) {
        return post("orders/" + slip, "orders/cancel/" + slip, Map.of());
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

    /** An e-wallet checkout decided on the provider's page: the slip, the provider page and the return URL it sends back to. */
    record EwalletDecided(String slip, String providerPage, String returnUrl) {
    }

    /**
     * Checks out by 간편결제 with these fields over the form, opens the provider's page (the
     * simulator's, in demo mode), checks that it asks for {@code amountShown} (e.g. "540000원")
     * and decides there ({@code approve} or {@code cancel}); the customer has not come back yet.
     */
    EwalletDecided payByEwallet(Map<String, String> fields, String amountShown, String decision) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("paymentMethod", "EWALLET");
        form.put("cardNumber", "");
        HttpResponse<String> checkout = checkout(form);
        if (checkout.statusCode() != 200) {
            throw new AssertionError("e-wallet checkout answered " + checkout.statusCode() + ": " + checkout.body());
        }
        Matcher go = EWALLET_GO.matcher(checkout.body());
        if (!go.find()) {
            throw new AssertionError("no provider link: " + checkout.body());
        }
        String providerPage = go.group(1).replace("&amp;", "&");
        Matcher ref = Pattern.compile("ref=([^&]+)").matcher(providerPage);
        if (!ref.find()) {
            throw new AssertionError(providerPage);
        }
        String reference = java.net.URLDecoder.decode(ref.group(1), StandardCharsets.UTF_8);
        String slip = one("select o.slip_no from payment p join customer_order o on o.id = p.order_id"
                + " where p.reference = ?", reference);
        HttpResponse<String> page = PROVIDER.send(HttpRequest.newBuilder(URI.create(providerPage)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!page.body().contains(amountShown)) {
            throw new AssertionError("the provider should ask for " + amountShown + ": " + page.body());
        }
        Matcher token = EWALLET_TOKEN.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError(page.body());
        }
        HttpResponse<String> decided = PROVIDER.send(HttpRequest.newBuilder(URI.create(providerPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ref=" + enc(reference) + "&t=" + token.group(1)
                        + "&decision=" + decision)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (decided.statusCode() != 303) {
            throw new AssertionError("the provider answered " + decided.statusCode() + ": " + decided.body());
        }
        return new EwalletDecided(slip, providerPage, decided.headers().firstValue("Location").orElseThrow());
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
