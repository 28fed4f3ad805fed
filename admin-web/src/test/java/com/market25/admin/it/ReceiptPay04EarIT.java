package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PAY-04 / SHOP-07 receipts against the deployed EAR: a card-paid storefront order's receipt, as
 * its customer and as another member (one paid order for those); a bank-transfer order's
 * 현금영수증 asked for by its customer. HTTP only, no browser.
 */
class ReceiptPay04EarIT {

    private static Storefront.PaidOrder paid;

    @BeforeAll
    static void payOnce() {
        paid = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
    }

    @Test
    @DisplayName("PAY-04 카드로 결제한 주문의 PDF 영수증에는 한글 카드매출전표와 가린 카드번호만 있다")
    void cardSlipPdfHasKoreanTextAndTheMaskedNumberOnly() throws Exception {
        HttpResponse<byte[]> answer = paid.shop().getBytes("receipts/" + paid.slipNo() + "/pdf");
        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        try (PDDocument doc = Loader.loadPDF(answer.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertAll(
                    () -> assertTrue(text.contains("카드매출전표"), text),
                    () -> assertTrue(text.contains(paid.slipNo()), text),
                    () -> assertTrue(text.contains("딤채고급형"), text),
                    () -> assertTrue(text.contains("4111-11**-****-1111"), text),
                    () -> assertTrue(text.contains("490,909원") && text.contains("49,091원"), text),
                    () -> assertFalse(text.replaceAll("[^0-9]", "").contains("4111111111111111"), text));
        }
    }

    @Test
    @DisplayName("PAY-04 주문조회 화면에서 영수증으로 갈 수 있고, 인쇄용 영수증이 열린다")
    void receiptIsReachableFromTheOrderPages() {
        assertTrue(paid.shop().orderPage(paid.slipNo()).contains("/receipts/" + paid.slipNo()));
        HttpResponse<byte[]> list = paid.shop().getBytes("orders");
        assertTrue(new String(list.body(), StandardCharsets.UTF_8).contains("/receipts/" + paid.slipNo()));
        HttpResponse<byte[]> page = paid.shop().getBytes("receipts/" + paid.slipNo());
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertEquals(200, page.statusCode());
        assertTrue(html.contains("카드매출전표") && html.contains("4111-11**-****-1111"), html);
    }

    @Test
    @DisplayName("PAY-04 다른 회원은 남의 주문 영수증을 열 수 없다")
    void anotherMemberCannotOpenTheReceipt() {
        Storefront other = new Storefront(AdminBrowser.storefrontUrl());
        other.signIn("yongchan", Storefront.DEMO_PASSWORD);
        HttpResponse<byte[]> page = other.getBytes("receipts/" + paid.slipNo());
        HttpResponse<byte[]> pdf = other.getBytes("receipts/" + paid.slipNo() + "/pdf");
        assertEquals(404, page.statusCode());
        assertEquals(404, pdf.statusCode());
        assertFalse(new String(page.body(), StandardCharsets.UTF_8).contains("4111-11**"));
    }

    @Test
    @DisplayName("PAY-04 무통장입금으로 결제한 주문은 현금영수증(소득공제)을 신청할 수 있고, 영수증에는 가린 휴대폰 번호만 나온다")
    void aBankTransferOrderGetsACashReceiptWithTheNumberMasked() throws Exception {
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        shop.addToCart(DeliveryFixture.GIFT_CARD, 1);
        String slip = shop.checkoutByBankTransfer("안미란");
        String account = PaymentShopper.one("select p.virtual_account_no from payment p join customer_order o"
                + " on o.id = p.order_id where o.slip_no = ?", slip);
        assertEquals(200, new SimulatedBank(AdminBrowser.storefrontUrl()).deposit(SimulatedBank.newNotificationId(), account,
                new java.math.BigDecimal("56000"), java.time.LocalDateTime.now()).status());
        shop.awaitPaid(slip, java.time.Duration.ofSeconds(20));
        String before = new String(shop.getBytes("receipts/" + slip).body(), StandardCharsets.UTF_8);
        assertTrue(before.contains("현금영수증") && before.contains("미신청") && before.contains("cash-receipt-form"), before);

        HttpResponse<String> asked = shop.postFrom("receipts/" + slip, "receipts/" + slip + "/cash",
                java.util.List.of(java.util.Map.entry("purpose", "INCOME_DEDUCTION"), java.util.Map.entry("identity", "010-2345-6789")));

        assertEquals(303, asked.statusCode(), asked.body());
        String after = new String(shop.getBytes("receipts/" + slip).body(), StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(after.contains("소득공제") && after.contains("010-****-6789"), after),
                () -> assertFalse(after.contains("2345"), "the middle of the number is never shown"),
                () -> assertTrue(after.contains("무통장입금") && after.contains("56,000"), after),
                () -> assertEquals(java.util.List.of(java.util.List.of("INCOME_DEDUCTION", "PHONE", "MEMBER:miran")),
                        PaymentShopper.rows("select c.purpose, c.identity_kind, c.requested_by from cash_receipt c"
                                + " join customer_order o on o.id = c.order_id where o.slip_no = ?", slip)));
        try (PDDocument doc = Loader.loadPDF(shop.getBytes("receipts/" + slip + "/pdf").body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("현금영수증") && text.contains("010-****-6789"), text);
        }
    }

    @Test
    @DisplayName("PAY-04/BON-04 보너스를 함께 쓴 카드 주문의 카드매출전표 합계는 카드로 결제한 금액이고, 보너스 사용액은 따로 적힌다")
    void theCardSlipOfAnOrderWithBonusShowsWhatTheCardPaid() throws Exception {
        PaymentShopper member = PaymentShopper.newMemberWithBonus("rc", 10_000).carting(DeliveryFixture.GIFT_CARD);
        String slip = PaymentShopper.slipOf(member.checkout(java.util.Map.of("bonusToUse", "5600")));
        member.awaitOrderPage(slip, "입금완료", java.time.Duration.ofSeconds(20));

        String page = member.get("receipts/" + slip).body();

        // 50,400 = 56,000 - 5,600 bonus; 부가세 50,400 x 10/110 = 4,581.8 -> 4,582
        assertAll(
                () -> assertTrue(page.contains("50,400원"), "합계 is the card's amount: " + page),
                () -> assertTrue(page.contains("45,818원") && page.contains("4,582원"), "VAT split of 50,400: " + page),
                () -> assertTrue(page.contains("보너스 사용") && page.contains("-5,600원"), "the bonus used is shown: " + page),
                () -> assertFalse(page.contains("50,909원"), "not the VAT split of 56,000"));
    }
}
