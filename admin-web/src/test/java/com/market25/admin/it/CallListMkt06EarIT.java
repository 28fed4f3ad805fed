package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * 전화 (MKT-06): a call list takes only customers who consent to calls, pages in calling order,
 * renders the script for the customer on the line, and each result entered is a PHONE line in
 * the customer's contact history, recorded by the staff member.
 */
class CallListMkt06EarIT {

    @Test
    void callListWithScriptAndResults() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        var first = f.customer("첫고객", "02-734-1301", "04524", "서울", false, false, true);
        var second = f.customer("둘째고객", "02-734-1302", "04524", "서울", false, false, true);
        var refuses = f.customer("전화거부", "02-734-1303", "04524", "서울", false, false, false);
        var script = api.postJson("templates", "{\"name\":\"스크립트 " + f.tag + "\",\"channel\":\"PHONE\","
                + "\"subject\":\"재구매 안내\",\"textBody\":\"안녕하세요 {{이름}} 고객님, Market25입니다.\"}");
        assertEquals(201, script.statusCode(), script.body());
        long templateId = MarketingApi.object(script.body()).getJsonNumber("id").longValue();

        var created = api.postJson("call-lists", "{\"name\":\"전화 IT " + f.tag + "\",\"templateId\":" + templateId
                + ",\"requestKey\":\"" + f.tag + "\",\"customers\":[" + first.id() + "," + refuses.id() + "," + second.id() + "]}");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject result = MarketingApi.object(created.body());
        long listId = result.getJsonNumber("id").longValue();
        assertEquals("NO_CONSENT", result.getJsonObject("outcomes").getString(String.valueOf(refuses.id())));

        JsonObject page = MarketingApi.object(api.get("call-lists/" + listId + "/entries?first=1&size=1").body());
        assertEquals(2, page.getInt("total"));
        assertEquals("둘째고객", page.getJsonArray("items").getJsonObject(0).getString("name"), "calling order");
        JsonObject rendered = MarketingApi.object(api.get("call-lists/" + listId + "/entries/" + second.id() + "/script").body());
        assertEquals("안녕하세요 둘째고객 고객님, Market25입니다.", rendered.getString("text"));

        var needsTime = api.postJson("call-lists/" + listId + "/entries/" + second.id(), "{\"result\":\"CALL_BACK\"}");
        assertEquals(422, needsTime.statusCode());
        assertTrue(needsTime.body().contains("다시 걸 시각이 필요합니다"), needsTime.body());
        var entered = api.postJson("call-lists/" + listId + "/entries/" + second.id(),
                "{\"result\":\"CALL_BACK\",\"note\":\"저녁에 다시\",\"callbackAt\":\"2031-05-06T19:30\"}");
        assertEquals(200, entered.statusCode(), entered.body());
        api.postJson("call-lists/" + listId + "/entries/" + second.id(), "{\"result\":\"REACHED\",\"note\":\"주문 약속\"}");
        JsonObject entry = MarketingApi.object(api.get("call-lists/" + listId + "/entries?first=1&size=1").body())
                .getJsonArray("items").getJsonObject(0);
        assertEquals("REACHED", entry.getString("result"));
        assertEquals(2, entry.getInt("calls"));
        assertEquals("admin", entry.getString("calledBy"));
        assertEquals(2, ChannelFixture.count("SELECT COUNT(*) FROM contact_history WHERE member_id = ? AND channel = 'PHONE'"
                + " AND recorded_by = 'admin'", second.id()));
        assertEquals(0, ChannelFixture.count("SELECT COUNT(*) FROM call_list_entry WHERE customer_id = ?", refuses.id()));
    }
}
