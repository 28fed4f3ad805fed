package com.market25.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a refused checkout or pay-again form answers on the deployed EAR: 422 with the reason in
 * Korean, everything typed kept except the card number, and no order left behind; and what a
 * declined card tells the customer (the card company's general category, no fraud oracle).
 */
class PaymentFormEarIT {

    private static final String HANGER = "601061510012";
    private static final String BOOK = "131001010112";
    private static final String STOLEN_CARD = "4000000000000119";
    private static final String EXPIRED_CARD = "4000000000000069";
    private static final String LIMIT_CARD = "4000000000000002";

    private static String url;

    @BeforeAll
    static void target() {
        url = EarTarget.url();
    }

    @Test
    void shop06_aPayerNameTooLongForItsColumnIs422AndLeavesNoOrder() {
        ShopClient shop = ShopClient.signedIn(url);
        shop.addToCart(HANGER, 1);
        int ordersBefore = orderCount(shop);
        Map<String, String> form = ShopClient.checkoutForm(ShopClient.APPROVING_CARD);
        form.put("payerName", "가".repeat(61));
        form.put("deliveryNote", "경비실에 맡겨 주세요");

        HttpResponse<String> refused = shop.post("checkout", "checkout", form);

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("최대 60자까지 입력할 수 있습니다."), "Korean reason with the limit shown");
        assertFalse(refused.body().contains(ShopClient.APPROVING_CARD), "the card number is never sent back");
        assertTrue(refused.body().contains("경비실에 맡겨 주세요"), "what was typed is kept");
        assertEquals(ordersBefore, orderCount(shop), "no order left behind by the refused form");
    }

    @Test
    void shop06_aRefusedPayAgainFormDoesNotEchoTheCardNumber() {
        ShopClient shop = ShopClient.signedIn(url);
        String slip = shop.checkout(BOOK, LIMIT_CARD);
        Map<String, String> form = new LinkedHashMap<>(ShopClient.cardForm("4111 1111 1111 1111"));
        form.put("expiryMonth", "13");

        HttpResponse<String> refused = shop.post("orders/" + slip, "orders/pay/" + slip, form);

        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("유효기간이 올바르지 않거나 지났습니다."), refused.body());
        assertFalse(refused.body().contains("4111 1111 1111 1111"), "the typed number is not echoed");
        assertFalse(refused.body().replace(" ", "").contains("4111111111111111"));
        assertTrue(refused.body().contains("id=\"pay-again-form\""), "the form is there to correct");
    }

    @Test
    void payAgain_aStolenCardReadsLikeAnExpiredOneToTheCustomer() {
        ShopClient shop = ShopClient.signedIn(url);
        String stolen = shop.get("orders/" + shop.checkout(BOOK, STOLEN_CARD) + "?declined=REFUSED").body();
        String expired = shop.get("orders/" + shop.checkout(BOOK, EXPIRED_CARD) + "?declined=REFUSED").body();

        for (String page : new String[] {stolen, expired}) {
            assertTrue(page.contains("카드사 승인 거절"), "the card company's general category");
            assertFalse(page.contains("사용이 정지된"), "no word of a stopped or stolen card");
            assertFalse(page.contains("유효기간이 지난"), "nor of an expired one");
        }
    }

    @Test
    void payAgain_theCheckoutRedirectCarriesTheCategoryNotTheGatewayCode() {
        ShopClient shop = ShopClient.signedIn(url);
        shop.addToCart(BOOK, 1);
        HttpResponse<String> answer = shop.post("checkout", "checkout", ShopClient.checkoutForm(STOLEN_CARD));
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("?declined=REFUSED"), location);
        assertFalse(location.contains("STOLEN"), location);
    }

    @Test
    void shop06_aDeclinedCardOrderIsPaidAgainByBankTransfer() {
        ShopClient shop = ShopClient.signedIn(url);
        String slip = shop.checkout(BOOK, LIMIT_CARD);

        HttpResponse<String> answer = shop.post("orders/" + slip, "orders/pay/" + slip,
                Map.of("paymentMethod", "BANK_TRANSFER", "depositorName", "홍길동"));

        assertEquals(303, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/orders/" + slip + "?account=1"), location);
        String page = shop.get("orders/" + slip + "?account=1").body();
        assertTrue(page.contains("id=\"virtual-account\""), "the order page shows the account to pay to:\n" + page);
        assertTrue(page.contains("홍길동"), "with the depositor's name");
    }

    @Test
    void shop06_aDeclinedCardOrderIsPaidAgainByEwallet() {
        ShopClient shop = ShopClient.signedIn(url);
        String slip = shop.checkout(BOOK, LIMIT_CARD);

        HttpResponse<String> answer = shop.post("orders/" + slip, "orders/pay/" + slip,
                Map.of("paymentMethod", "EWALLET"));

        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("id=\"ewallet-go\""), "our page leading to the e-wallet's:\n" + answer.body());
        assertTrue(answer.body().contains(slip), "naming the order");
    }

    @Test
    void shop06_aPayAgainByBankTransferWithoutDepositorIs422AndKeepsTheChoice() {
        ShopClient shop = ShopClient.signedIn(url);
        String slip = shop.checkout(BOOK, LIMIT_CARD);

        HttpResponse<String> refused = shop.post("orders/" + slip, "orders/pay/" + slip,
                Map.of("paymentMethod", "BANK_TRANSFER", "depositorName", ""));

        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"paymentMethod-BANK_TRANSFER\" value=\"BANK_TRANSFER\" checked"),
                "the method chosen is kept");
        assertTrue(refused.body().contains("id=\"pay-again-form\""), "the form is there to correct");
    }

    private static int orderCount(ShopClient shop) {
        return shop.get("orders").body().split("data-slip=", -1).length - 1;
    }
}
