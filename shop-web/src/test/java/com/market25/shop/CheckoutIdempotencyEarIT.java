package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SHOP-06 on the deployed EAR: a checkout form sent twice (a retried POST, a double click, two
 * tabs) lands on the same order page, with one order and one payment attempt.
 */
class CheckoutIdempotencyEarIT {

    private static final String HANGER = "601061510012";
    private static final String SLOW_ANSWER_CARD = "4000000000000200";

    private static String url;

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void shop06_theSameCheckoutFormPostedTwiceLandsOnTheSameOrder() {
        ShopClient shop = ShopClient.signedIn(url);
        shop.addToCart(HANGER, 1);
        Map<String, String> form = filledCheckoutForm(shop, ShopClient.APPROVING_CARD);

        HttpResponse<String> first = shop.postRaw("checkout", form);
        HttpResponse<String> retried = shop.postRaw("checkout", form);

        assertEquals(303, first.statusCode(), first.body());
        assertEquals(303, retried.statusCode(), retried.body());
        String slip = ShopClient.slipOf(first).orElseThrow();
        assertEquals(slip, ShopClient.slipOf(retried).orElseThrow(), "the retried POST lands on the same order");
        assertEquals(1, occurrences(shop.get("orders").body(), "data-slip=\"" + slip + "\""), "one order");
        String page = shop.awaitOrderPage(slip, "입금완료");
        assertEquals(1, paymentRows(page), "one card approval");
    }

    @Test
    void shop06_twoTabsSubmittingTheSameFormAtOnceMakeOneOrder() throws Exception {
        ShopClient shop = ShopClient.signedIn(url);
        shop.addToCart(HANGER, 1);
        // the gateway answers slowly: the second submit arrives while the first is at work
        Map<String, String> form = filledCheckoutForm(shop, SLOW_ANSWER_CARD);
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> a = tabs.submit(() -> shop.postRaw("checkout", form));
            Future<HttpResponse<String>> b = tabs.submit(() -> shop.postRaw("checkout", form));
            String slipA = ShopClient.slipOf(a.get()).orElseThrow(() -> new AssertionError(status(a)));
            String slipB = ShopClient.slipOf(b.get()).orElseThrow(() -> new AssertionError(status(b)));
            assertEquals(slipA, slipB, "both tabs show the same order");
            assertEquals(1, occurrences(shop.get("orders").body(), "data-slip=\"" + slipA + "\""));
            assertEquals(1, paymentRows(shop.awaitOrderPage(slipA, "입금완료")), "one card approval");
        } finally {
            tabs.shutdownNow();
        }
    }

    /** The checkout page's own hidden fields (token, one-time key) with the customer's input. */
    private static Map<String, String> filledCheckoutForm(ShopClient shop, String card) {
        Map<String, String> form = new LinkedHashMap<>(ShopClient.hiddenFields(shop.get("checkout").body()));
        assertNotNull(form.get("checkoutKey"), "the checkout form carries a one-time key");
        form.putAll(ShopClient.checkoutForm(card));
        return form;
    }

    private static String status(Future<HttpResponse<String>> f) {
        try {
            return f.get().statusCode() + " " + f.get().body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    private static int paymentRows(String orderPage) {
        Matcher table = Pattern.compile("<table class=\"grid-table\" id=\"payments\">(.*?)</table>", Pattern.DOTALL)
                .matcher(orderPage);
        assertTrue(table.find(), "payments table on the order page");
        return occurrences(table.group(1), "class=\"payment-status\"");
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
