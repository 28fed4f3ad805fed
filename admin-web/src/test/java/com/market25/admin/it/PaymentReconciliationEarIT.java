package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 결제 대사 / 미확정 결제 and 주문취소 in the back office, on orders placed through the storefront:
 * a payment left open (as a crash leaves it) is listed, the re-run settles it with the gateway and
 * shows what it did; staff cancel an unpaid slip and its history says who.
 */
class PaymentReconciliationEarIT {

    private static final String LIMIT_CARD = "4000000000000002";

    @Test
    void pay03_anOpenPaymentIsListedAndReconcilingNowSettlesIt() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        String db = AdminBrowser.databaseUrl("cannot leave a payment open");
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        shop.addToCart(Storefront.DIMCHAE, 1);
        String slip = shop.checkoutByCard(LIMIT_CARD);
        String reference = slip + "-2";
        // what a crash between the request and its answer leaves: a REQUESTED attempt, its order held
        try (Connection c = DriverManager.getConnection(db, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"))) {
            long orderId;
            try (PreparedStatement s = c.prepareStatement("select id from customer_order where slip_no = ?")) {
                s.setString(1, slip);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    orderId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement("update customer_order set payment_underway = true where id = ?")) {
                s.setLong(1, orderId);
                s.executeUpdate();
            }
            // times as the application writes them (the server's Korean time, not the database's clock)
            try (PreparedStatement s = c.prepareStatement("insert into payment (order_id, method, payer_name,"
                    + " card_company, installment_months, masked_card_no, amount, status, requested_at, reference, ordered_at)"
                    + " select id, 'CARD', '안미란', 'BC', 0, '4111-11**-****-1111', 540000, 'REQUESTED', ordered_at, ?, ordered_at"
                    + " from customer_order where id = ?")) {
                s.setString(1, reference);
                s.setLong(2, orderId);
                s.executeUpdate();
            }
        }
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("payments.xhtml");
            assertTrue(browser.awaitText(By.id("paymentsForm:openTable"), reference).contains("승인 요청 중"),
                    "listed with its status");
            browser.screenshot("payments-open");
            execute(db, "update payment set requested_at = requested_at - interval 10 minute where reference = ?", reference);

            browser.click(By.id("paymentsForm:runNow"));

            browser.awaitText(By.id("messages"), "대사 실행");
            String decisions = browser.awaitText(By.id("paymentsForm:decisionTable"), reference);
            WebElement row = browser.find(By.xpath("//tbody[@id='paymentsForm:decisionTable_data']/tr[td[contains(@class,"
                    + "'reference')][normalize-space()='" + reference + "']]"));
            assertEquals("승인 취소 (망취소)", row.findElement(By.cssSelector("td.action")).getText().trim(), decisions);
            assertEquals("NOT_FOUND", row.findElement(By.cssSelector("td.gateway")).getText().trim(),
                    "the gateway never saw the request");
            assertTrue(!browser.text(By.id("paymentsForm:openTable")).contains(reference), "no longer open");
            browser.screenshot("payments-reconciled");
        }
        shop.awaitOrderPageContaining(slip, "다시 결제하기", java.time.Duration.ofSeconds(10));
    }

    @Test
    void ord01_staffCancelAnUnpaidSlipAndTheHistorySaysWho() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        Storefront shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        shop.addToCart(Storefront.DIMCHAE, 1);
        String slip = shop.checkoutByCard(LIMIT_CARD);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("slipForm:shortcutToday"));
            By row = By.xpath("//tbody[@id='slipForm:slipTable_data']/tr[td[contains(@class,'slipNo')][normalize-space()='"
                    + slip + "']]");
            browser.find(row).findElement(By.cssSelector("td.slipNo")).click();
            browser.awaitAjax();
            browser.awaitText(By.id("slipForm:detailSlipNo"), slip);
            assertTrue(browser.text(By.id("slipForm:paymentTable")).contains("LIMIT_EXCEEDED"),
                    "staff see the precise decline code");

            browser.click(By.id("slipForm:btnCancel"));
            browser.click(By.id("slipForm:confirmYes"));

            browser.awaitText(By.id("slipForm:detailStatus"), "주문취소");
            browser.awaitText(By.id("messages"), "주문취소했습니다");
            List<WebElement> history = browser.driver.findElements(By.cssSelector("[id='slipForm:historyTable_data'] > tr"));
            WebElement last = history.get(history.size() - 1);
            assertEquals("주문취소", last.findElement(By.cssSelector("td.to")).getText().trim());
            assertEquals("admin", last.findElement(By.cssSelector("td.by")).getText().trim());
            browser.screenshot("slip-cancelled");
        }
        shop.awaitOrderPageContaining(slip, "주문이 취소되었습니다", java.time.Duration.ofSeconds(10));
    }

    private static void execute(String db, String sql, String param) throws Exception {
        try (Connection c = DriverManager.getConnection(db, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password")); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, param);
            s.executeUpdate();
        }
    }
}
