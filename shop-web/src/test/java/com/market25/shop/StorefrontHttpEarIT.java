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
        try (var db = java.sql.DriverManager.getConnection(EarTarget.databaseUrl("cannot add a test product"),
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
    void shop02ACornerShowsTwentyFourProductsAPageInTheOrderTheVisitorChose() throws Exception {
        try (var db = java.sql.DriverManager.getConnection(EarTarget.databaseUrl("cannot add test products"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
                var clean = db.prepareStatement("delete from product where name like '페이지시험 %'");
                var insert = db.prepareStatement("insert into product (code, category_id, kind, name, supplier,"
                        + " consumer_price, sale_price, stock, recommended, sort_order)"
                        + " values (?, 6, '가전', ?, '시험상사', ?, ?, 5, false, 50)")) {
            clean.executeUpdate();
            String run = String.format("%08d", System.nanoTime() % 100_000_000L);
            for (int i = 1; i <= 25; i++) {
                insert.setString(1, "7" + run + String.format("%03d", i));
                insert.setString(2, "페이지시험 " + i);
                insert.setInt(3, i);
                insert.setInt(4, i);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // kept pages of the corner show added products within a second
        String first = "";
        for (long start = System.nanoTime(); System.nanoTime() - start < 2_000_000_000L; Thread.sleep(100)) {
            first = page("category/HOME?sort=price_low");
            if (first.contains("페이지시험 1<")) {
                break;
            }
        }
        assertEquals(24, count(first, "class=\"product-card"), "24 products on a page");
        assertTrue(first.indexOf("페이지시험 1<") < first.indexOf("페이지시험 2<"), "cheapest first");
        assertTrue(first.contains("id=\"next-page\""), "a link to the next page");
        assertTrue(first.contains("<strong class=\"sort-current\">낮은 가격순</strong>"), "the chosen sort is marked");

        String second = page("category/HOME?sort=price_low&page=2");
        int cheapestOnPageTwo = second.indexOf("페이지시험 25<");
        assertTrue(cheapestOnPageTwo > 0 && second.indexOf("class=\"product-card") < cheapestOnPageTwo
                && count(second.substring(0, cheapestOnPageTwo), "class=\"product-card") == 1,
                "page two starts with the 25th cheapest");
        String dearest = page("category/HOME?sort=price_high");
        int at25 = dearest.indexOf("페이지시험 25<");
        int at24 = dearest.indexOf("페이지시험 24<");
        assertTrue(at24 < 0 || (at25 >= 0 && at25 < at24), "dearest first");
    }

    private String page(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void shop16TheChosenLanguageStaysForTheNextPagesWithoutASession() throws Exception {
        var chosen = http.send(HttpRequest.newBuilder(URI.create(url + "?lang=en")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(chosen.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                "choosing a language opens no session");
        assertTrue(page("category/HOME").contains("Price: low to high"), "the next page is in English too");
        assertTrue(page("?lang=ko").contains("오늘의 추천상품"), "back to Korean");
        assertTrue(page("category/HOME").contains("낮은 가격순"), "and Korean it stays");
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
