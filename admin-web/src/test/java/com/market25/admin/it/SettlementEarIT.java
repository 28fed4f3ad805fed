package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** 일일 마감/정산 (SET-04) by hand: today's card closing, and a second run that changes nothing. */
class SettlementEarIT {

    @Test
    void todaysRunClosesCardPaymentsAndASecondRunSaysNoChange() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        // a card payment approved today, so today's closing has a CARD line that this run changes
        Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSettlement"));
            browser.find(By.id("settlementForm:btnRun"));

            browser.click(By.id("settlementForm:btnRun"));
            String first = browser.awaitText(By.id("settlementForm:lastOutcome"), "변경됨");
            assertEquals("변경됨", first);
            List<WebElement> card = browser.driver.findElements(
                    By.cssSelector("[id='settlementForm:closingTable_data'] tr span.method-CARD"));
            assertEquals(1, card.size(), "one CARD line in today's closing");
            WebElement cardRow = card.get(0).findElement(By.xpath("ancestor::tr"));
            int count = Integer.parseInt(cardRow.findElement(By.cssSelector("td.count")).getText().replace(",", ""));
            assertTrue(count >= 1, "at least the order just paid");
            assertTrue(cardRow.findElement(By.cssSelector("td.amount")).getText().endsWith("원"));
            assertEquals("카드", card.get(0).getText());
            String runsBefore = firstRunId(browser);

            browser.click(By.id("settlementForm:btnRun"));
            browser.wait.until(d -> !firstRunId(browser).equals(runsBefore));
            assertEquals("변경 없음", browser.awaitText(By.id("settlementForm:lastOutcome"), "변경 없음"));
            WebElement newest = browser.find(By.cssSelector("[id='settlementForm:runTable_data'] > tr"));
            assertEquals("변경 없음", newest.findElement(By.cssSelector("td.changed")).getText().trim());
            assertTrue(newest.getText().contains("admin"));
            assertTrue(browser.awaitText(By.id("messages"), "변경 없음").contains("정산을 실행했습니다"));
            browser.screenshot("settlement-no-change");
        }
    }

    private static String firstRunId(AdminBrowser browser) {
        return browser.text(By.cssSelector("[id='settlementForm:runTable_data'] > tr > td"));
    }
}
