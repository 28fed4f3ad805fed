package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 전표별 주문관리 (SET-03) on a real paid order placed through the storefront. */
class SlipLifecycleEarIT {

    @Test
    void paidOrderIsListedAndMovesThroughDeliveryToCompletion() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        Storefront.PaidOrder order = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            WebElement row = findSlip(browser, order.slipNo());
            assertEquals("입금완료", cell(row, "status"));
            assertEquals("WEB_MASTER", cell(row, "staff"));
            assertEquals("0040", cell(row, "branch"));
            assertEquals("인터넷", cell(row, "channel"), "the channel is named in Korean, not as its code");
            assertEquals("540,000원", cell(row, "total"));
            assertEquals("안미란", cell(row, "member"));

            select(browser, order.slipNo());
            assertTrue(browser.text(By.id("slipForm:detailPanel")).contains("딤채고급형 신형(DP-601)"));
            assertTrue(browser.text(By.id("slipForm:paymentTable")).contains("1111"), "masked card number shown");
            browser.screenshot("slip-detail-paid");

            move(browser, "btnInstruct", "배송지시");
            move(browser, "btnDelivered", "배송완료");
            move(browser, "btnComplete", "주문완료");

            List<String> byAdmin = historyBy(browser, "admin");
            assertEquals(List.of("배송지시", "배송완료", "주문완료"), byAdmin);
            assertEquals("주문완료", cell(findSlip(browser, order.slipNo()), "status"));
            browser.screenshot("slip-detail-completed");
        }
        order.shop().awaitOrderPageContaining(order.slipNo(), "주문완료", Duration.ofSeconds(10));
    }

    @Test
    void skippingStepsIsRefusedAndChangesNothing() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        Storefront.PaidOrder order = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            findSlip(browser, order.slipNo());
            select(browser, order.slipNo());
            int historyBefore = historyRows(browser).size();

            browser.click(By.id("slipForm:btnComplete"));
            browser.awaitText(By.id("messages"), "현재 상태에서는 그 상태로 바꿀 수 없습니다.");

            assertEquals("입금완료", browser.text(By.id("slipForm:detailStatus")));
            assertEquals(historyBefore, historyRows(browser).size(), "no status change recorded");
            assertEquals("입금완료", cell(findSlip(browser, order.slipNo()), "status"));
            browser.screenshot("slip-refused-move");
        }
        assertEquals("PAID", Storefront.statusInDatabase(order.slipNo()), "the refused move left the order as it was");
    }

    /** Opens the slip list, lists today's slips (금일) and returns the order's row. */
    private static WebElement findSlip(AdminBrowser browser, String slipNo) {
        if (!browser.driver.getCurrentUrl().contains("slips.xhtml")) {
            browser.get("slips.xhtml");
        }
        browser.click(By.id("slipForm:shortcutToday"));
        return findSlipRow(browser, slipNo);
    }

    private static WebElement findSlipRow(AdminBrowser browser, String slipNo) {
        By row = By.xpath("//tbody[@id='slipForm:slipTable_data']/tr[td[contains(@class,'slipNo')][normalize-space()='"
                + slipNo + "']]");
        return browser.find(row);
    }

    /** The slip number opens the staff order detail (order.xhtml), whose parts keep the old ids. */
    private static void select(AdminBrowser browser, String slipNo) {
        findSlipRow(browser, slipNo).findElement(By.cssSelector("td.slipNo")).click();
        browser.awaitAjax();
        browser.awaitText(By.id("slipForm:detailSlipNo"), slipNo);
    }

    private static void move(AdminBrowser browser, String button, String expectedStatus) {
        browser.click(By.id("slipForm:" + button));
        browser.awaitText(By.id("slipForm:detailStatus"), expectedStatus);
        browser.awaitText(By.id("messages"), expectedStatus);
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td." + column)).getText().trim();
    }

    private static List<WebElement> historyRows(AdminBrowser browser) {
        browser.find(By.id("slipForm:historyTable"));
        return browser.driver.findElements(By.cssSelector("[id='slipForm:historyTable_data'] > tr"));
    }

    /** The statuses (to) of the history rows recorded by {@code who}, oldest first. */
    private static List<String> historyBy(AdminBrowser browser, String who) {
        return historyRows(browser).stream()
                .filter(r -> r.findElement(By.cssSelector("td.by")).getText().trim().equals(who))
                .map(r -> r.findElement(By.cssSelector("td.to")).getText().trim())
                .toList();
    }
}
