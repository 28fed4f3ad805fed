package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 반송 우편물 (MEM-04): staff scan or type the member numbers of returned letters on the DM page;
 * each address is flagged, the customer's contact history shows the return, unknown numbers are
 * named, flagged customers get no label, and a change of the customer's address clears the flag.
 */
class ReturnedMailMem04EarIT {

    @Test
    void returnedLettersFlagTheAddressUntilItChanges() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        var moved = f.customer("이사감", "010-2345-1001", "04524", "서울특별시 중구 세종대로 110", false, true, false);
        var stays = f.customer("그대로", "010-2345-1002", "04524", "서울특별시 중구 세종대로 111", false, true, false);
        var fine = f.customer("정상주소", "010-2345-1003", "04524", "서울특별시 중구 세종대로 112", false, true, false);
        String unknownNo = "9" + f.tag;

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuChannels"));
            browser.click(By.id("navDm"));
            browser.type(By.id("returnsForm:numbers"), moved.memberNo() + "\n" + stays.memberNo() + "\n" + unknownNo + "\n"
                    + moved.memberNo());
            browser.click(By.id("returnsForm:recordReturns"));
            browser.awaitText(By.id("messages"), "반송 2건을 처리했습니다");
            assertTrue(browser.text(By.id("messages")).contains("없는 회원번호: " + unknownNo), browser.pageText());
            assertTrue(browser.text(By.id("returnsForm:returnsTable")).contains(moved.memberNo()), "the latest returns");
            browser.screenshot("dm-returns");

            browser.get("customer.xhtml?id=" + moved.id());
            assertTrue(browser.text(By.id("customerForm:mailReturned")).contains("반송 우편물"), "the 360 page shows the flag");
            String contacts = browser.text(By.id("customerForm:contactTable"));
            assertTrue(contacts.contains("우편물 반송") && contacts.contains("반송") && contacts.contains("admin"), contacts);
            browser.screenshot("customer-mail-returned");
        }
        assertNotNull(returnedAt(moved.id()));
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM contact_history WHERE member_id = ? AND channel = 'DM'"
                + " AND outcome = 'RETURNED' AND recorded_by = 'admin'", moved.id()), "scanned twice, one return");

        // flagged addresses get no label
        var batch = api.postJson("dm/batches", "{\"name\":\"반송 IT " + f.tag + "\",\"requestKey\":\"" + f.tag
                + "a\",\"customers\":[" + moved.id() + "," + stays.id() + "," + fine.id() + "]}");
        assertEquals(201, batch.statusCode(), batch.body());
        JsonObject outcomes = MarketingApi.object(batch.body()).getJsonObject("outcomes");
        assertEquals("MAIL_RETURNED", outcomes.getString(String.valueOf(moved.id())));
        assertEquals("QUEUED", outcomes.getString(String.valueOf(fine.id())));

        // the customer moved: staff save the new address, the flag goes
        JsonObject current = MarketingApi.object(api.get("customers/" + moved.id()).body());
        String changed = Json.createObjectBuilder(current).add("address", "부산광역시 해운대구 센텀중앙로 79").build().toString();
        var saved = api.http("PUT", "customers/" + moved.id(), changed);
        assertEquals(200, saved.statusCode(), saved.body());
        assertNull(returnedAt(moved.id()), "a new address clears the returned-mail flag");
        assertNotNull(returnedAt(stays.id()), "the other customer stays flagged");
        var next = api.postJson("dm/batches", "{\"name\":\"반송 IT 2 " + f.tag + "\",\"requestKey\":\"" + f.tag
                + "b\",\"customers\":[" + moved.id() + "," + stays.id() + "]}");
        JsonObject after = MarketingApi.object(next.body()).getJsonObject("outcomes");
        assertEquals("QUEUED", after.getString(String.valueOf(moved.id())), next.body());
        assertEquals("MAIL_RETURNED", after.getString(String.valueOf(stays.id())));
    }

    private static Object returnedAt(long id) throws Exception {
        return ChannelFixture.rows("SELECT mail_returned_at FROM member WHERE id = ?", id).get(0).get("mail_returned_at");
    }
}
