package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * 전화(텔레마케팅) in a real browser (MKT-06): a marketer makes a call list from member numbers with
 * a script (customers who refuse calls are told, not listed) and it opens in calling order; a
 * telemarketer opens a list, sees the script rendered for the customer on the line, enters
 * 재통화 요청 (refused without the time to call back) and 통화 완료, and the results, the time, the
 * notes and the progress are kept on a fresh page.
 */
class CallListScreenMkt06EarIT {

    private static final Pattern CREATED = Pattern.compile("통화 목록 (\\d+)번을 만들었습니다: ([^\\n]*)");

    @Test
    void mkt06_aCallListMadeFromMemberNumbersOpensInCallingOrder() throws Exception {
        ChannelFixture f = new ChannelFixture();
        var first = f.customer("전화화면첫", "02-734-1401", "04524", "서울", false, false, true);
        var refuses = f.customer("전화화면거부", "02-734-1402", "04524", "서울", false, false, false);
        var second = f.customer("전화화면둘", "010-2345-1403", "04524", "서울", false, false, true);
        String script = script(f);
        String name = "전화 화면 " + f.tag;

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openCallsPage(browser);
            browser.type(By.id("listForm:name"), name);
            browser.pick("listForm:templateId", script);
            browser.type(By.id("listForm:memberNumbers"), first.memberNo() + "\n" + refuses.memberNo() + "\n"
                    + second.memberNo());
            browser.click(By.id("listForm:create"));
            String message = browser.awaitText(By.id("messages"), "번을 만들었습니다");
            Matcher m = CREATED.matcher(message);
            assertTrue(m.find(), message);
            long listId = Long.parseLong(m.group(1));
            assertEquals("대상 2명 · 수신 동의 없음 1명", m.group(2).strip(), message);

            // the new list is open, in the order the numbers were given, nobody called yet
            assertEquals(name, browser.text(By.id("openName")));
            String entries = browser.text(By.id("entriesForm:entryTable"));
            assertTrue(entries.indexOf("전화화면첫") >= 0 && entries.indexOf("전화화면첫") < entries.indexOf("전화화면둘"), entries);
            assertFalse(entries.contains("전화화면거부"), "who refuses calls is not on the list");
            String row = browser.text(listRow(listId));
            assertTrue(row.contains(name) && row.contains(script), row);
            assertEquals("0 / 2", browser.text(By.cssSelector("#listsForm\\:listTable tr.list-" + listId + " td.progress")));
            browser.screenshot("calls-created");
        }
    }

    @Test
    void mkt06_resultsEnteredWithTheScriptAreKept() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        var first = f.customer("통화화면첫", "02-734-1501", "04524", "서울", false, false, true);
        var second = f.customer("통화화면둘", "010-2345-1502", "04524", "서울", false, false, true);
        String script = script(f);
        long templateId = ((Number) ChannelFixture.rows("SELECT id FROM message_template WHERE name = ?", script).get(0)
                .get("id")).longValue();
        String name = "통화 결과 " + f.tag;
        var created = api.postJson("call-lists", "{\"name\":\"" + name + "\",\"templateId\":" + templateId
                + ",\"requestKey\":\"" + f.tag + "\",\"customers\":[" + first.id() + "," + second.id() + "]}");
        assertEquals(201, created.statusCode(), created.body());
        long listId = MarketingApi.object(created.body()).getJsonNumber("id").longValue();

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            openCallsPage(browser);
            openList(browser, listId, name);

            // the second customer asks to be called back in the evening
            WebElement dialog = call(browser, second);
            assertTrue(dialog.getText().contains("안녕하세요 통화화면둘 고객님, Market25입니다."), dialog.getText());
            assertTrue(dialog.getText().contains("스크립트 재구매 안내"), dialog.getText());
            chooseResult(browser, "재통화 요청");
            browser.click(By.id("callForm:saveResult"));
            browser.awaitText(By.id("callForm"), "재통화 요청에는 다시 걸 시각이 필요합니다.");
            assertEquals("", browser.text(entryCell(second, "result")), "nothing kept without the time");

            browser.type(By.id("callForm:callbackAt_input"), "2031-05-06 19:30");
            // a telemarketer types the time and tabs on to the note
            browser.find(By.id("callForm:callbackAt_input")).sendKeys(Keys.TAB);
            browser.type(By.id("callForm:note"), "저녁에 다시");
            browser.click(By.id("callForm:saveResult"));
            browser.awaitText(By.id("messages"), "통화화면둘: 재통화 요청(으)로 기록했습니다.");
            String row = browser.awaitText(entryRow(second), "재통화 요청");
            assertTrue(row.contains("2031-05-06 19:30") && row.contains("저녁에 다시"), row);
            assertEquals("1 / 2", browser.text(By.cssSelector("#listsForm\\:listTable tr.list-" + listId + " td.progress")));
            browser.screenshot("calls-callback");
            closeDialog(browser);

            // the first one is reached; the dialog starts empty for them
            dialog = call(browser, first);
            assertTrue(dialog.getText().contains("안녕하세요 통화화면첫 고객님"), dialog.getText());
            assertTrue(browser.driver.findElements(By.cssSelector("#callForm\\:result input[type=radio]")).stream()
                    .noneMatch(WebElement::isSelected), "no result chosen yet for a customer not called");
            chooseResult(browser, "통화 완료");
            browser.type(By.id("callForm:note"), "주문 약속");
            browser.click(By.id("callForm:saveResult"));
            browser.awaitText(By.id("messages"), "통화화면첫: 통화 완료(으)로 기록했습니다.");
            browser.awaitText(entryRow(first), "통화 완료");
            closeDialog(browser);

            // kept: a fresh page, the list opened again
            browser.get("calls.xhtml");
            assertEquals("2 / 2", browser.text(By.cssSelector("#listsForm\\:listTable tr.list-" + listId + " td.progress")));
            openList(browser, listId, name);
            String reached = browser.text(entryRow(first));
            assertTrue(reached.contains("통화 완료") && reached.contains("주문 약속"), reached);
            String callBack = browser.text(entryRow(second));
            assertTrue(callBack.contains("재통화 요청") && callBack.contains("2031-05-06 19:30") && callBack.contains("저녁에 다시"),
                    callBack);
            // and the dialog shows what was entered last
            call(browser, second);
            assertEquals("2031-05-06 19:30", browser.find(By.id("callForm:callbackAt_input")).getAttribute("value"));
            assertEquals("저녁에 다시", browser.find(By.id("callForm:note")).getAttribute("value"));
            assertTrue(browser.find(By.cssSelector("#callForm\\:result input[value='CALL_BACK']")).isSelected(),
                    "재통화 요청 chosen");

            // the customer's page has both calls in the contact history
            browser.get("customer.xhtml?id=" + second.id());
            String contacts = browser.text(By.id("customerForm:contactTable"));
            assertTrue(contacts.contains("재통화 요청") && contacts.contains(AdminBrowser.STAFF), contacts);
        }
    }

    /** A PHONE template with a subject and the customer's name; its name, unique in the run. */
    private static String script(ChannelFixture f) throws Exception {
        String name = "스크립트 화면 " + f.tag;
        var created = new MarketingApi().postJson("templates", "{\"name\":\"" + name + "\",\"channel\":\"PHONE\","
                + "\"subject\":\"재구매 안내\",\"textBody\":\"안녕하세요 {{이름}} 고객님, Market25입니다.\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private static void openCallsPage(AdminBrowser browser) {
        browser.click(By.id("topForm:menuChannels"));
        browser.click(By.id("navCalls"));
        browser.awaitText(By.id("listsForm"), "통화 목록");
    }

    private static By listRow(long listId) {
        return By.cssSelector("#listsForm\\:listTable tr.list-" + listId);
    }

    private static void openList(AdminBrowser browser, long listId, String name) {
        browser.click(By.cssSelector("#listsForm\\:listTable tr.list-" + listId + " a"));
        browser.awaitText(By.id("openName"), name);
    }

    private static By entryRow(ChannelFixture.Customer c) {
        return By.cssSelector("#entriesForm\\:entryTable tr.entry-" + c.id());
    }

    private static By entryCell(ChannelFixture.Customer c, String cell) {
        return By.cssSelector("#entriesForm\\:entryTable tr.entry-" + c.id() + " td." + cell);
    }

    /** Clicks the customer's phone button and waits for the dialog with their name. */
    private static WebElement call(AdminBrowser browser, ChannelFixture.Customer c) {
        browser.click(By.cssSelector("#entriesForm\\:entryTable tr.entry-" + c.id() + " button[id$=':call']"));
        return browser.wait.until(d -> {
            try {
                WebElement found = d.findElement(By.id("callDialog"));
                return found.isDisplayed() && found.getText().contains(c.name() + " (" + c.memberNo() + ")") ? found : null;
            } catch (StaleElementReferenceException e) {
                return null;
            }
        });
    }

    private static void chooseResult(AdminBrowser browser, String label) {
        browser.find(By.xpath("//*[@id='callForm:result']//label[text()='" + label + "']")).click();
    }

    private static void closeDialog(AdminBrowser browser) {
        browser.find(By.cssSelector("#callDialog .ui-dialog-titlebar-close")).click();
        browser.wait.until(d -> !d.findElement(By.id("callDialog")).isDisplayed());
    }
}
