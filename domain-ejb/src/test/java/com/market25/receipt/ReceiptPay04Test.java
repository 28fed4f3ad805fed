package com.market25.receipt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.common.Checks;
import com.market25.common.InvalidInputException;
import com.market25.payment.CardCompany;
import com.market25.payment.PaymentMethod;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptPay04Test {

    private static final Merchant SHOP = new Merchant("Market25 (마켓25)", "123-45-67890", "홍길동",
            "서울특별시 중구 세종대로 110", "02-1234-5678");

    private static Receipt cardSlip() {
        return new Receipt(ReceiptKind.CARD_SLIP, SHOP, "0000004711", "안미란", LocalDateTime.of(2026, 12, 4, 10, 0),
                LocalDateTime.of(2026, 12, 4, 10, 1, 5),
                List.of(new Receipt.Item("딤채고급형 신형(DP-601)", "601041010112", 1, BigDecimal.valueOf(540_000))),
                VatSplit.of(BigDecimal.valueOf(540_000)), PaymentMethod.CARD, CardCompany.BC, "4111-11**-****-1111", 3,
                "30012345", null, null);
    }

    @Test
    @DisplayName("PAY-04 부가세는 합계의 10/110을 원 단위로 반올림하고, 공급가액은 나머지다")
    void vatIsTenEleventhsRoundedHalfUp() {
        VatSplit dimchae = VatSplit.of(BigDecimal.valueOf(540_000));
        assertAll(
                () -> assertEquals(BigDecimal.valueOf(49_091), dimchae.vat()),
                () -> assertEquals(BigDecimal.valueOf(490_909), dimchae.supply()),
                () -> assertEquals(BigDecimal.ONE, VatSplit.of(BigDecimal.valueOf(6)).vat()),
                () -> assertEquals(BigDecimal.ZERO, VatSplit.of(BigDecimal.valueOf(5)).vat()),
                () -> assertEquals(BigDecimal.valueOf(10), VatSplit.of(BigDecimal.valueOf(110)).vat()),
                () -> assertEquals(BigDecimal.ZERO, VatSplit.of(BigDecimal.ZERO).vat()));
    }

    @Test
    @DisplayName("PAY-04 공급가액과 부가세를 더하면 언제나 결제 금액이다")
    void supplyAndVatAddUpToTheTotal() {
        for (long won = 0; won < 5_000; won += 7) {
            VatSplit split = VatSplit.of(BigDecimal.valueOf(won));
            assertEquals(BigDecimal.valueOf(won), split.supply().add(split.vat()), "at " + won);
        }
    }

    @Test
    @DisplayName("PAY-04 카드매출전표에는 가맹점, 승인번호, 가린 카드번호, 할부, 공급가액·부가세가 나온다")
    void cardSlipShowsWhatAKoreanSlipShows() {
        String html = ReceiptDocument.html(cardSlip(), "/receipts/receipt.css", "/receipts/0000004711/pdf");
        assertAll(
                () -> assertTrue(html.contains("카드매출전표")),
                () -> assertTrue(html.contains("123-45-67890")),
                () -> assertTrue(html.contains("30012345")),
                () -> assertTrue(html.contains("4111-11**-****-1111")),
                () -> assertTrue(html.contains("3개월")),
                () -> assertTrue(html.contains("490,909원")),
                () -> assertTrue(html.contains("49,091원")),
                () -> assertTrue(html.contains("540,000원")),
                () -> assertTrue(html.contains("비씨카드")));
    }

    @Test
    @DisplayName("PAY-04 영수증 화면은 상품명 같은 값을 HTML로 해석하지 않는다")
    void valuesAreEscaped() {
        Receipt r = cardSlip();
        Receipt evil = new Receipt(r.kind(), r.merchant(), r.slipNo(), "<script>x</script>", r.orderedAt(),
                r.paidAt(), r.items(), r.amount(), r.method(), r.cardCompany(), r.maskedCardNo(),
                r.installmentMonths(), r.approvalNo(), null, null);
        String html = ReceiptDocument.html(evil, "/c.css", "/p");
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    @DisplayName("PAY-04 PDF 영수증은 한글 글꼴을 넣어 한글과 가린 카드번호를 그대로 읽을 수 있다")
    void pdfCarriesKoreanTextAndTheMaskedNumberOnly() throws Exception {
        byte[] pdf = ReceiptDocument.pdf(cardSlip());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertAll(
                    () -> assertTrue(text.contains("카드매출전표"), text),
                    () -> assertTrue(text.contains("딤채고급형"), text),
                    () -> assertTrue(text.contains("4111-11**-****-1111"), text),
                    () -> assertFalse(text.replaceAll("[^0-9]", "").contains("4111111111111111")),
                    () -> assertTrue(text.contains("부가세"), text));
        }
    }

    @Test
    @DisplayName("PAY-04 현금영수증은 휴대폰 번호나 사업자등록번호로만 받고, 주민등록번호 모양은 거절한다")
    void cashReceiptIdentityNeverTakesAResidentNumber() {
        assertEquals("error.receipt.residentNumber", refusal(CashReceiptPurpose.INCOME_DEDUCTION,
                "9001011" + "234567"));
        assertEquals("error.receipt.identityBusiness", refusal(CashReceiptPurpose.EXPENSE_PROOF, "010-1234-5678"));
        assertEquals("error.receipt.identityPhone", refusal(CashReceiptPurpose.INCOME_DEDUCTION, "123-45-67890"));
        assertEquals(null, refusal(CashReceiptPurpose.INCOME_DEDUCTION, "010-1234-5678"));
        assertEquals(null, refusal(CashReceiptPurpose.EXPENSE_PROOF, "123-45-67890"));
        assertEquals("010-****-5678", CashReceiptIdentity.shown(CashReceiptPurpose.INCOME_DEDUCTION, "01012345678"));
    }

    private static String refusal(CashReceiptPurpose purpose, String number) {
        try {
            Checks checks = new Checks();
            CashReceiptIdentity.check(checks, purpose, number);
            checks.throwIfAny();
            return null;
        } catch (InvalidInputException e) {
            return e.fieldErrors().get("identity");
        }
    }

    @Test
    @DisplayName("PAY-04/BON-04 보너스를 함께 쓴 주문의 영수증은 결제한 금액을 합계로 하고 보너스 사용액을 따로 적는다")
    void bonusIsShownApartFromWhatThePaymentTook() {
        Receipt r = cardSlip();
        Receipt withBonus = new Receipt(r.kind(), r.merchant(), r.slipNo(), r.customerName(), r.orderedAt(), r.paidAt(),
                r.items(), VatSplit.of(BigDecimal.valueOf(535_050)), r.method(), r.cardCompany(), r.maskedCardNo(),
                r.installmentMonths(), r.approvalNo(), null, null, BigDecimal.valueOf(4_950));
        List<ReceiptDocument.Row> rows = ReceiptDocument.rows(withBonus);
        assertAll(
                () -> assertTrue(rows.contains(new ReceiptDocument.Row("보너스 사용", "-4,950원")), rows.toString()),
                () -> assertTrue(rows.contains(new ReceiptDocument.Row("합계", "535,050원")), rows.toString()),
                () -> assertFalse(ReceiptDocument.rows(r).stream().anyMatch(row -> "보너스 사용".equals(row.label())),
                        "a receipt without bonus has no bonus row"));
    }
}
