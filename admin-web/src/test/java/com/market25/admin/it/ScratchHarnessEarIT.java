package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class ScratchHarnessEarIT {
    @Test
    void screens() throws Exception {
        try (AdminBrowser b = AdminBrowser.open().signedIn()) {
            b.click(By.id("slipForm:shortcutToday"));
            WebElement row = b.find(By.xpath("//tbody[@id='slipForm:slipTable_data']/tr[td[contains(@class,'slipNo')][normalize-space()='0000000003']]"));
            System.out.println("ROW: " + row.getText());
            row.findElement(By.cssSelector("td.slipNo")).click();
            b.awaitAjax();
            b.awaitText(By.id("slipForm:detailSlipNo"), "0000000003");
            b.screenshot("h-slip-detail");
            b.click(By.id("slipForm:btnComplete"));
            b.awaitText(By.id("messages"), "현재 상태에서는");
            b.screenshot("h-slip-refused");
            b.click(By.id("slipForm:btnInstruct"));
            b.awaitText(By.id("slipForm:detailStatus"), "배송지시");
            b.click(By.id("slipForm:btnDelivered"));
            b.awaitText(By.id("slipForm:detailStatus"), "배송완료");
            b.click(By.id("slipForm:btnComplete"));
            b.awaitText(By.id("slipForm:detailStatus"), "주문완료");
            System.out.println("HISTORY: " + b.text(By.id("slipForm:historyTable")));
            System.out.println("SUMMARY: " + b.text(By.id("slipForm:summary")));
            b.screenshot("h-slip-completed");

            b.click(By.id("topForm:menuSettlement"));
            b.click(By.id("settlementForm:btnRun"));
            b.awaitText(By.id("settlementForm:lastOutcome"), "변경됨");
            b.click(By.id("settlementForm:btnRun"));
            b.awaitText(By.id("settlementForm:lastOutcome"), "변경 없음");
            b.screenshot("h-settlement");

            b.click(By.id("topForm:menuCampaign"));
            b.click(By.id("campaignForm:btnSend"));
            b.awaitText(By.id("campaignForm:audienceMessage"), "받는 사람을");
            b.screenshot("h-campaign-errors");
            for (String email : new String[] {"miran@market25.example", "yongchan@market25.example"}) {
                WebElement r = b.find(By.xpath("//tbody[@id='campaignForm:audienceTable_data']/tr[td[contains(@class,'email')][normalize-space()='" + email + "']]"));
                r.findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
                b.wait.until(d -> "true".equals(r.getAttribute("aria-selected")));
            }
            b.type(By.id("campaignForm:subject"), "가을 특가 안내");
            b.type(By.id("campaignForm:body"), "{name}님 안녕하세요");
            b.click(By.id("campaignForm:btnSend"));
            b.awaitText(By.id("messages"), "2명에게 발송을 시작했습니다");
            Thread.sleep(2500);
            b.screenshot("h-campaign-running");
            new WebDriverWait(b.driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("progressForm:campaignTable")).getText().contains("완료"));
            System.out.println("CAMPAIGNS: " + b.text(By.id("progressForm:campaignTable")));
            b.find(By.id("campaignForm:audienceTable:0:btnHistory")).click();
            b.awaitText(By.id("historyForm:historyPanel"), "가을 특가");
            b.screenshot("h-campaign-history");

            b.driver.navigate().refresh();
            b.click(By.id("topForm:menuSlips"));
            b.find(By.id("topForm:langEn")).click();
            b.awaitText(By.tagName("h1"), "Orders by slip");
            b.click(By.id("slipForm:shortcutYear"));
            b.screenshot("h-slips-en");
            b.find(By.id("topForm:langKo")).click();
            b.awaitText(By.tagName("h1"), "전표별 주문관리");
        }
    }
}
