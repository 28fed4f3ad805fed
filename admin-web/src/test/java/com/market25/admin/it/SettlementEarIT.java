package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 일일 마감/정산 (SET-01, SET-04) by hand: a business day that has not ended (today, Korean time) is
 * refused and nothing is written; yesterday's closing takes the card payments of yesterday, and
 * a second run of it changes nothing. The order is paid now and moved to yesterday through JDBC.
 */
class SettlementEarIT {

    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

    @Test
    void todaysSettlementIsRefusedAndWritesNothing() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        LocalDate today = LocalDate.now(KOREA);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSettlement"));
            WebElement day = browser.find(By.id("settlementForm:day_input"));
            assertEquals(today.minusDays(1).toString(), day.getAttribute("value"), "the page starts on yesterday");
            assertTrue(browser.text(By.id("settlementForm:hint")).contains(today.minusDays(1).toString()));
            long runsBefore = runs();

            // select what is there and type over it, then close the calendar the typing opened
            day.sendKeys(Keys.chord(Keys.CONTROL, "a"), today.toString(), Keys.ESCAPE);
            browser.wait.until(d -> today.toString().equals(day.getAttribute("value")));
            browser.click(By.id("settlementForm:btnRun"));

            String refusal = browser.awaitText(By.id("messages"), "마감할 수 없습니다");
            assertTrue(refusal.contains("아직 끝나지 않은 영업일"), refusal);
            assertTrue(browser.driver.findElements(By.id("settlementForm:lastOutcome")).isEmpty(), "no run shown");
            if (runsBefore >= 0) {
                assertEquals(runsBefore, runs(), "no settlement_run row");
            }
            browser.screenshot("settlement-refused");
        }
    }

    @Test
    void yesterdaysRunClosesItsCardPaymentsAndASecondRunSaysNoChange() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        AdminBrowser.databaseUrl("cannot pay yesterday");
        LocalDate yesterday = LocalDate.now(KOREA).minusDays(1);
        // the catch-up after the server start closes yesterday first; this run must come after it
        awaitClosed(yesterday);
        // a card payment made now, then moved to yesterday noon: yesterday's closing must change
        Storefront.PaidOrder order = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        payYesterday(order.slipNo(), yesterday);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSettlement"));
            browser.find(By.id("settlementForm:btnRun"));

            browser.click(By.id("settlementForm:btnRun"));
            String first = browser.awaitText(By.id("settlementForm:lastOutcome"), "변경됨");
            assertEquals("변경됨", first);
            List<WebElement> card = browser.driver.findElements(
                    By.cssSelector("[id='settlementForm:closingTable_data'] tr span.method-CARD"));
            assertEquals(1, card.size(), "one CARD line in yesterday's closing");
            WebElement cardRow = card.get(0).findElement(By.xpath("ancestor::tr"));
            int count = Integer.parseInt(cardRow.findElement(By.cssSelector("td.count")).getText().replace(",", ""));
            assertTrue(count >= 1, "at least the order moved to yesterday");
            assertTrue(cardRow.findElement(By.cssSelector("td.amount")).getText().endsWith("원"));
            assertEquals("카드", card.get(0).getText());
            String runsBefore = firstRunId(browser);

            browser.click(By.id("settlementForm:btnRun"));
            browser.wait.until(d -> !firstRunId(browser).equals(runsBefore));
            assertEquals("변경 없음", browser.awaitText(By.id("settlementForm:lastOutcome"), "변경 없음"));
            WebElement newest = browser.find(By.cssSelector("[id='settlementForm:runTable_data'] > tr"));
            assertEquals("변경 없음", newest.findElement(By.cssSelector("td.changed")).getText().trim());
            assertTrue(newest.getText().contains("admin"));
            assertTrue(newest.getText().contains(yesterday.toString()), newest.getText());
            assertTrue(browser.awaitText(By.id("messages"), "변경 없음").contains("정산을 실행했습니다"));
            browser.screenshot("settlement-no-change");
        }
    }

    private static String firstRunId(AdminBrowser browser) {
        return browser.text(By.cssSelector("[id='settlementForm:runTable_data'] > tr > td"));
    }

    /** Rows in settlement_run. */
    private static long runs() throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("select count(*) from settlement_run");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitClosed(LocalDate day) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                    "select count(*) from settlement_run where business_date = ? and status = 'DONE'")) {
                ps.setDate(1, Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("the catch-up after start did not close " + day);
            }
            Thread.sleep(500);
        }
    }

    private static void payYesterday(String slipNo, LocalDate yesterday) throws SQLException {
        Timestamp noon = Timestamp.valueOf(yesterday.atTime(12, 0));
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("update payment p join customer_order o"
                + " on o.id = p.order_id set p.completed_at = ?, o.paid_at = ? where o.slip_no = ? and p.status = 'APPROVED'")) {
            ps.setTimestamp(1, noon);
            ps.setTimestamp(2, noon);
            ps.setString(3, slipNo);
            assertEquals(2, ps.executeUpdate(), "payment and order of slip " + slipNo + " moved to " + yesterday);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("market25.db.url"), System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }
}
