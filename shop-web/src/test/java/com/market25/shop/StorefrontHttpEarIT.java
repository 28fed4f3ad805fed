package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the storefront answers to requests no browser page would send. */
class StorefrontHttpEarIT {

    private static String url;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void healthReportsTheDatabaseAndTheBrokerUp() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"database\":\"UP\""), response.body());
        assertTrue(response.body().contains("\"broker\":\"UP\""), response.body());
    }

    @Test
    void aPostWithoutTheFormTokenIsRefused() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "cart"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("action=add&code=601041010112&quantity=1"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
    }

    @Test
    void anUnknownProductIsANotFoundPageNotAnError() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "product/000000000000")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("찾으시는 페이지가 없습니다"));
    }

    @Test
    void ordersNeedASignedInMember() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "orders")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").contains("/login?next="));
    }

    @Test
    void shop01ASoldOutProductStaysOnTheHomePageMarkedSoldOut() throws Exception {
        String code = "9" + Long.toString(System.nanoTime()).substring(0, 11);
        try (var db = java.sql.DriverManager.getConnection(System.getProperty("market25.db.url"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
                var insert = db.prepareStatement("insert into product (code, category_id, kind, name, supplier,"
                        + " consumer_price, sale_price, stock, recommended, sort_order)"
                        + " values (?, 6, '가전', '품절시험 선풍기', '시험상사', 50000, 45000, 0, true, 99)")) {
            insert.setString(1, code);
            insert.executeUpdate();
        }
        // the home page kept for anonymous visitors shows a product added outside the shop within a second
        long added = System.nanoTime();
        String body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        while (!body.contains("품절시험 선풍기") && System.nanoTime() - added < 2_000_000_000L) {
            Thread.sleep(100);
            body = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
        int card = body.indexOf("품절시험 선풍기");
        assertTrue(card > 0, "the sold-out product is still listed");
        int next = body.indexOf("</article>", card);
        assertTrue(body.substring(card, next).contains("품절"), "and marked 품절: " + body.substring(card, next));
    }

    @Test
    void theStyleSheetIsKeptByBrowsersUnderAVersionOfItsContent() throws Exception {
        String home = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        var link = java.util.regex.Pattern.compile("href=\"[^\"]*/(static/shop\\.css\\?v=[0-9a-f]{12})\"").matcher(home);
        assertTrue(link.find(), "the page links the style sheet with its version");
        var css = http.send(HttpRequest.newBuilder(URI.create(url + link.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=31536000, immutable", css.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void pagesSwitchToEnglishOnRequest() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("Today's picks"), response.body());
        assertTrue(response.body().contains("540,000 KRW"));
    }
}
