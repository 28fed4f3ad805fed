package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browsing costs the server no session, a visitor's first action opens one, one address opens a
 * bounded number of them, and pages kept for anonymous visitors never show a stale price or stock.
 */
class StorefrontSessionsEarIT {

    private static final String DIMCHAE = "601041010112";
    private static final String LIMIT_CARD = "4000000000000002";
    private static String url;
    private static String origin;

    /** No cookie jar: every request is a new visitor, as a crawler is. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void target() {
        url = EarTarget.url();
        origin = ShopClient.originOf(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "category/HOME", "category/HOME?sort=price_low&page=2",
            "product/" + DIMCHAE, "login", "join", "cart", "?lang=en", "product/000000000000"})
    void shop01BrowsingOpensNoSession(String page) throws Exception {
        HttpResponse<String> answer = get(page);
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 404, page + " answered " + answer.statusCode());
        assertFalse(answer.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID")),
                page + " opened a session: " + answer.headers().allValues("Set-Cookie"));
    }

    @Test
    void shop05TheFirstProductInTheCartOpensTheSessionAndItsFormsCarryItsToken() throws Exception {
        HttpResponse<String> added = postCart("action=add&code=" + DIMCHAE + "&quantity=1", origin);
        assertEquals(303, added.statusCode(), added.body());
        String session = added.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError("no session after adding to the cart"))
                .split(";", 2)[0];

        String cart = send(HttpRequest.newBuilder(URI.create(url + "cart")).header("Cookie", session).GET().build())
                .body();
        assertTrue(cart.contains("딤채고급형"), "the product is in the cart");
        assertTrue(cart.matches("(?s).*name=\"_csrf\"\\s+value=\"[^\"]+\".*"), "the session's forms carry its token");

        HttpResponse<String> withoutToken = send(HttpRequest.newBuilder(URI.create(url + "cart"))
                .header("Cookie", session).header("Origin", origin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=clear")).build());
        assertEquals(403, withoutToken.statusCode(), "a visitor with a session must send its token");
    }

    @Test
    void shop05AFormPostFromAnotherSiteIsRefused() throws Exception {
        assertEquals(403, postCart("action=add&code=" + DIMCHAE + "&quantity=1", "https://evil.example").statusCode());
        assertEquals(403, postCart("action=add&code=" + DIMCHAE + "&quantity=1", null).statusCode(),
                "a post that says nothing of where it comes from");
    }

    @Test
    void oneAddressOpensAtMostTwoHundredSessionsAMinute() throws Exception {
        // its own loopback address, so the quota of the other tests' 127.0.0.1 is untouched
        InetAddress client = InetAddress.getByName("127.0.0." + (50 + (int) (System.nanoTime() % 150)));
        int opened = 0;
        String refused = null;
        for (int i = 0; i < 205 && refused == null; i++) {
            String answer = rawPost(client, "/cart", "action=add&code=" + DIMCHAE + "&quantity=1");
            if (answer.startsWith("HTTP/1.1 303")) {
                opened++;
            } else {
                refused = answer;
            }
        }
        assertEquals(200, opened, "sessions opened before the limit");
        assertTrue(refused != null && refused.startsWith("HTTP/1.1 429"), String.valueOf(refused));
        assertTrue(refused.contains("요청이 너무 많습니다"), "a Korean message says why");
        assertTrue(refused.contains("Retry-After: 60"), "and when to come back");
    }

    @Test
    void shop02AnOrderThatTakesOrGivesBackTheLastUnitShowsToTheNextVisitorAtOnce() throws Exception {
        String code = newProduct(1);
        ShopClient buyer = ShopClient.signedIn(url);
        for (int attempt = 1;; attempt++) {
            assertTrue(get("product/" + code).body().contains("구매 가능 (1개)"), "kept for anonymous visitors");
            // a declined card: the order stays payable and holds the last unit
            String slip = buyer.checkout(code, LIMIT_CARD);
            String held = get("product/" + code).body();
            assertTrue(held.contains("품절") && !held.contains("구매 가능"), "sold out right after the order");

            long kept = System.nanoTime();
            assertTrue(get("product/" + code).body().contains("품절"));
            HttpResponse<String> cancelled = buyer.post("orders/" + slip, "orders/cancel/" + slip, java.util.Map.of());
            assertEquals(303, cancelled.statusCode(), cancelled.body());
            String back = get("product/" + code).body();
            long millis = (System.nanoTime() - kept) / 1_000_000;
            assertTrue(back.contains("구매 가능 (1개)"), "on sale again right after the cancel: " + back);
            // a kept page younger than its one-second lifetime was replaced: only the change notice does that
            if (millis < 900) {
                return;
            }
            assertTrue(attempt < 3, "the cancel took " + millis + " ms each time: too slow to tell a kept page");
        }
    }

    @Test
    void shop02AChangeMadeOutsideTheShopShowsWithinASecond() throws Exception {
        String code = newProduct(7);
        assertTrue(get("product/" + code).body().contains("구매 가능 (7개)"));
        try (Connection db = database(); var update = db.prepareStatement(
                "update product set stock = 0, sale_price = 39000 where code = ?")) {
            update.setString(1, code);
            update.executeUpdate();
        }
        long changed = System.nanoTime();
        String page = get("product/" + code).body();
        while (!page.contains("품절") && System.nanoTime() - changed < 3_000_000_000L) {
            Thread.sleep(100);
            page = get("product/" + code).body();
        }
        long millis = (System.nanoTime() - changed) / 1_000_000;
        assertTrue(page.contains("품절") && page.contains("39,000"), "sold out at the new price: " + page);
        assertTrue(millis <= 1_300, "shown after " + millis + " ms");
    }

    /** A product of the shop's first corner with this stock; its code. */
    private static String newProduct(int stock) throws SQLException {
        String code = "8" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        try (Connection db = database(); var insert = db.prepareStatement("insert into product (code, category_id,"
                + " kind, name, supplier, consumer_price, sale_price, stock, recommended, sort_order)"
                + " values (?, 6, '가전', '한정판 선풍기', '시험상사', 50000, 45000, ?, false, 99)")) {
            insert.setString(1, code);
            insert.setInt(2, stock);
            insert.executeUpdate();
        }
        return code;
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(EarTarget.databaseUrl("cannot add test products"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
    }

    private HttpResponse<String> get(String page) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url + page)).GET().build());
    }

    private HttpResponse<String> postCart(String body, String from) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "cart"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (from != null) {
            request.header("Origin", from);
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A form post from {@code client}, a loopback address of its own; the whole answer as text. */
    private static String rawPost(InetAddress client, String path, String body) throws IOException {
        URI base = URI.create(url);
        byte[] content = body.getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(base.getHost(), base.getPort(), client, 0)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getRawPath().replaceAll("/$", "") + path + " HTTP/1.1\r\n"
                    + "Host: " + base.getRawAuthority() + "\r\n"
                    + "Origin: " + origin + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: " + content.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
