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
 * its customer and as another member. One paid order for the class (HTTP only, no browser).
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
}
