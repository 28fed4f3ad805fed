package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-01 간편결제 by redirect through the deployed EAR: checkout with 간편결제, the simulated
 * provider's page (demo and test only), approve or cancel there, and back with the signed return.
 * An approved return pays the order once; a cancelled one leaves it payable; a forged one is
 * refused and written down; the same return sent again changes nothing.
 */
class EwalletPay01EarIT {

    private static final HttpClient PROVIDER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern GO = Pattern.compile("id=\"ewallet-go\" href=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"t\" value=\"([0-9a-f]+)\"");

    /** A checkout by e-wallet decided on the provider's page: the slip and the return URL it sends back to. */
    private record Decided(String slip, String returnUrl) {
    }

    private static Decided payByEwallet(PaymentShopper shop, String decision) throws Exception {
        HttpResponse<String> checkout = shop.checkout(Map.of("paymentMethod", "EWALLET", "cardNumber", ""));
        assertEquals(200, checkout.statusCode(), checkout.body());
        Matcher go = GO.matcher(checkout.body());
        assertTrue(go.find(), checkout.body());
        String providerPage = go.group(1).replace("&amp;", "&");
        String slip = PaymentShopper.one("select o.slip_no from payment p join customer_order o on o.id = p.order_id"
                + " where p.reference = ?", reference(providerPage));
        HttpResponse<String> page = PROVIDER.send(HttpRequest.newBuilder(URI.create(providerPage)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(page.body().contains("540000원"), "the provider asks for the order's amount: " + page.body());
        Matcher token = TOKEN.matcher(page.body());
        assertTrue(token.find());
        HttpResponse<String> decided = PROVIDER.send(HttpRequest.newBuilder(URI.create(providerPage))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("ref=" + PaymentShopper.enc(reference(providerPage))
                        + "&t=" + token.group(1) + "&decision=" + decision)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(303, decided.statusCode(), decided.body());
        return new Decided(slip, decided.headers().firstValue("Location").orElseThrow());
    }

    private static String reference(String providerPage) {
        Matcher m = Pattern.compile("ref=([^&]+)").matcher(providerPage);
        assertTrue(m.find(), providerPage);
        return java.net.URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }

    private static String paymentStatus(String slip) {
        return PaymentShopper.one("select p.status from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.method = 'E_WALLET'", slip);
    }

    @Test
    @DisplayName("PAY-01 간편결제 승인 후 서명된 응답으로 돌아오면 주문이 결제된다")
    void anApprovedReturnPaysTheOrder() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");

        HttpResponse<String> back = shop.get(decided.returnUrl());

        assertEquals(303, back.statusCode(), back.body());
        assertTrue(back.headers().firstValue("Location").orElse("").endsWith("/orders/" + decided.slip() + "?paid=1"));
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));
        assertEquals("APPROVED", paymentStatus(decided.slip()));
    }

    @Test
    @DisplayName("PAY-01 간편결제를 취소하고 돌아오면 주문은 다시 결제할 수 있다")
    void aCancelledReturnLeavesTheOrderPayable() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "cancel");

        HttpResponse<String> back = shop.get(decided.returnUrl());

        String location = back.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("declined=EWALLET_CANCELLED"), location);
        String page = shop.get(location).body();
        assertTrue(page.contains("간편결제를 취소하셨습니다") && page.contains("다시 결제하기"), page);
        assertEquals("DECLINED", paymentStatus(decided.slip()));
    }

    @Test
    @DisplayName("PAY-01 금액을 바꾼 위조 응답은 400으로 거절되고 기록되며 결제되지 않는다")
    void aForgedReturnIsRefusedAndLogged() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");
        String forged = decided.returnUrl().replace("amount=540000", "amount=1000");
        assertTrue(!forged.equals(decided.returnUrl()), decided.returnUrl());

        HttpResponse<String> back = shop.get(forged);

        assertEquals(400, back.statusCode());
        assertTrue(back.body().contains("응답을 확인할 수 없어"), back.body());
        assertEquals("REQUESTED", paymentStatus(decided.slip()), "the forged return changed nothing");
        assertEquals("1", PaymentShopper.one("select count(*) from payment_reconciliation r join payment p"
                + " on p.id = r.payment_id join customer_order o on o.id = p.order_id where o.slip_no = ?"
                + " and r.detail like 'FORGED_RETURN%'", decided.slip()));
        assertEquals(303, shop.get(decided.returnUrl()).statusCode(), "the genuine return is still taken");
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("PAY-01 같은 응답을 다시 보내도 결제는 한 번만 된다")
    void aReplayedReturnPaysOnce() throws Exception {
        PaymentShopper shop = PaymentShopper.signedIn().carting(Storefront.DIMCHAE);
        Decided decided = payByEwallet(shop, "approve");
        assertEquals(303, shop.get(decided.returnUrl()).statusCode());
        shop.awaitOrderPage(decided.slip(), "입금완료", Duration.ofSeconds(20));

        HttpResponse<String> again = shop.get(decided.returnUrl());

        assertEquals(303, again.statusCode());
        assertEquals("1", PaymentShopper.one("select count(*) from order_status_change c join customer_order o"
                + " on o.id = c.order_id where o.slip_no = ? and c.to_status = 'PAID'", decided.slip()));
        assertEquals("1", PaymentShopper.one("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.status = 'APPROVED'", decided.slip()));
    }
}
