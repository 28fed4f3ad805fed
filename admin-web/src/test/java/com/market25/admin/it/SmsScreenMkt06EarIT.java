package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 문자 발송 시험 in a real browser (MKT-06): the byte counter counts the composed text in EUC-KR as
 * one types and switches from 단문(SMS) to 장문(LMS) past 80 bytes; a test message shows up in the
 * list of recent messages and the demo gateway's delivery report arrives there by itself (the page
 * polls); a failing number is reported as 전달 실패; an emoji is named by the counter and refused.
 *
 * <p>The demo's composition is "(광고)Market25⏎" (15 bytes) + the text + "⏎무료거부 080-000-0000"
 * (22 bytes), as SmsGatewayMkt06EarIT checks on the stored message.
 */
class SmsScreenMkt06EarIT {

    private static final String RUN = Long.toString(Math.floorMod(System.nanoTime(), 2_821_109_907_456L), 36).toUpperCase();
    private static final Pattern QUEUED = Pattern.compile("문자 (\\d+)번을 발송 대기열에 넣었습니다");

    @Test
    void mkt06_typingKoreanCountsEucKrBytesAndSwitchesFromSmsToLmsPast80() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openSmsPage(browser);
            WebElement text = browser.find(By.id("smsForm:text"));
            // 15 + 33 + 22 bytes: every Korean letter two, the comma, dot and spaces one
            text.sendKeys("김민지님, 겨울 세일을 시작합니다.");
            browser.awaitText(By.id("smsCount"), "70 / 80 바이트 · 단문(SMS)");
            // 20 bytes more: past 80, a long message
            text.sendKeys(" 오늘만 전 품목 할인");
            assertEquals("90 / 2000 바이트 · 장문(LMS)", browser.awaitText(By.id("smsCount"), "90 / 2000"));
            // deleting back under the limit makes it a short message again
            for (int i = 0; i < " 오늘만 전 품목 할인".length(); i++) {
                text.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
            }
            assertEquals("70 / 80 바이트 · 단문(SMS)", browser.awaitText(By.id("smsCount"), "70 / 80"));
            browser.screenshot("sms-counter");
        }
    }

    @Test
    void mkt06_aTestMessageShowsUpInTheListAndItsDeliveryReportArrives() throws Exception {
        String body = "시험 발송 " + RUN + " 겨울 세일";
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openSmsPage(browser);
            browser.type(By.id("smsForm:phone"), "010-3456-7890");
            browser.type(By.id("smsForm:text"), body);
            String counted = browser.awaitText(By.id("smsCount"), "단문(SMS)");
            browser.click(By.id("smsForm:send"));
            long id = queuedId(browser);
            assertEquals("", browser.find(By.id("smsForm:text")).getAttribute("value"), "the form is emptied for the next");

            By row = By.cssSelector("#recentForm\\:smsTable tr.sms-" + id);
            String line = browser.awaitText(row, body);
            // the number as the gateway got it: digits only
            assertTrue(line.contains("01034567890"), line);
            // the list counts as the counter did
            String bytes = counted.substring(0, counted.indexOf(' '));
            assertTrue(line.contains("단문(SMS) (" + bytes + ")"), "counter " + counted + ", list " + line);
            // the simulator reports at once; the page polls and shows it without a reload
            browser.awaitText(By.cssSelector("#recentForm\\:smsTable tr.sms-" + id + " td.status"), "전달됨");
            assertFalse(browser.text(By.cssSelector("#recentForm\\:smsTable tr.sms-" + id + " td.dt ~ td.dt")).isBlank(),
                    "the time of the report is shown");
            browser.screenshot("sms-delivered");

            // and it stays so on a fresh page
            browser.get("sms.xhtml");
            assertEquals("전달됨", browser.text(By.cssSelector("#recentForm\\:smsTable tr.sms-" + id + " td.status")));
        }
    }

    @Test
    void mkt06_aNumberTheCarrierCannotReachIsReportedAsFailed() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openSmsPage(browser);
            // 010-0001-xxxx: the simulator's "phone off" numbers
            browser.type(By.id("smsForm:phone"), "010-0001-" + String.format("%04d", Math.floorMod(System.nanoTime(), 10_000)));
            browser.type(By.id("smsForm:text"), "실패 시험 " + RUN);
            browser.click(By.id("smsForm:send"));
            long id = queuedId(browser);
            browser.awaitText(By.cssSelector("#recentForm\\:smsTable tr.sms-" + id + " td.status"), "전달 실패");
        }
    }

    @Test
    void mkt06_anEmojiIsNamedByTheCounterAndNotSent() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openSmsPage(browser);
            browser.type(By.id("smsForm:phone"), "010-3456-7890");
            WebElement text = browser.find(By.id("smsForm:text"));
            text.sendKeys("이모지 " + RUN + " 세일 ");
            // as pasted: ChromeDriver types only characters of the basic plane, an emoji is not one
            ((JavascriptExecutor) browser.driver).executeScript(
                    "arguments[0].focus(); document.execCommand('insertText', false, '\\uD83C\\uDF89');", text);
            String counter = browser.awaitText(By.id("smsCount"), "보낼 수 없는 글자: 🎉");
            assertTrue(counter.contains("단문(SMS)"), counter);
            browser.click(By.id("smsForm:send"));
            String refused = browser.awaitText(By.id("smsForm"), "문자로 보낼 수 없는 글자가 있습니다");
            assertTrue(refused.contains("🎉"), refused);
            assertFalse(browser.text(By.id("messages")).contains("발송 대기열에 넣었습니다"), browser.pageText());
            assertFalse(browser.text(By.id("recentForm:smsTable")).contains("이모지 " + RUN), "nothing was queued");
            browser.screenshot("sms-emoji");
        }
    }

    private static void openSmsPage(AdminBrowser browser) {
        browser.click(By.id("topForm:menuChannels"));
        browser.click(By.id("navSms"));
        browser.awaitText(By.id("recentForm"), "최근 문자");
        // the counter is bound once the page's script has the table of the server
        browser.awaitText(By.id("smsCount"), "바이트");
    }

    private static long queuedId(AdminBrowser browser) {
        String message = browser.awaitText(By.id("messages"), "발송 대기열에 넣었습니다");
        Matcher m = QUEUED.matcher(message);
        assertTrue(m.find(), message);
        return Long.parseLong(m.group(1));
    }
}
