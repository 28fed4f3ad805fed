package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.JMSContext;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;

/**
 * 문자 (MKT-06): an SMS template queued to customers goes through the demo gateway simulator and
 * its delivery reports come back on the reports queue; each report is recorded once, with one
 * SMS line in the customer's contact history. Consent, erasure and a mobile number are checked
 * when the messages are queued; the simulator's reserved test numbers decide the outcome.
 */
class SmsGatewayMkt06EarIT {

    @Test
    void templateToCustomersIsDeliveredReportedOnceAndOnlyWhereAllowed() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        var delivered = f.customer("문자받음", "010-2345-6789", "06236", "서울특별시 강남구 테헤란로 152", true, false, false);
        var unknown = f.customer("없는번호", "010-0000-4321", "06236", "서울", true, false, false);
        var failed = f.customer("꺼진전화", "010-0001-4321", "06236", "서울", true, false, false);
        var noConsent = f.customer("동의없음", "010-2345-0000", "06236", "서울", false, false, false);
        var erased = f.customer("삭제됨", "010-2345-1111", "06236", "서울", true, false, false);
        ChannelFixture.update("UPDATE member SET erased_at = NOW() WHERE id = ?", erased.id());
        var landline = f.customer("집전화", "02-734-1305", "06236", "서울", true, false, false);

        var created = api.postJson("templates", "{\"name\":\"문자 IT " + f.tag + "\",\"channel\":\"SMS\","
                + "\"textBody\":\"{{이름}}님, 겨울 세일을 시작합니다.\"}");
        assertEquals(201, created.statusCode(), created.body());
        long templateId = MarketingApi.object(created.body()).getJsonNumber("id").longValue();

        String request = "{\"templateId\":" + templateId + ",\"requestKey\":\"" + f.tag + "\",\"customers\":["
                + delivered.id() + "," + unknown.id() + "," + failed.id() + "," + noConsent.id() + "," + erased.id() + ","
                + landline.id() + "]}";
        var queued = api.postJson("sms/messages", request);
        assertEquals(200, queued.statusCode(), queued.body());
        JsonObject outcomes = MarketingApi.object(queued.body()).getJsonObject("outcomes");
        assertEquals("QUEUED", outcomes.getString(String.valueOf(delivered.id())));
        assertEquals("QUEUED", outcomes.getString(String.valueOf(unknown.id())));
        assertEquals("QUEUED", outcomes.getString(String.valueOf(failed.id())));
        assertEquals("NO_CONSENT", outcomes.getString(String.valueOf(noConsent.id())));
        assertEquals("ERASED", outcomes.getString(String.valueOf(erased.id())));
        assertEquals("NO_CONTACT", outcomes.getString(String.valueOf(landline.id())), "a landline gets no text");

        String reported = "SELECT COUNT(*) FROM sms_message WHERE source = 'STAFF' AND source_ref LIKE ? AND reported_at IS NOT NULL";
        ChannelFixture.await("three delivery reports", 30, () -> ChannelFixture.count(reported, f.tag + ":%") == 3);
        assertEquals(Map.of(delivered.id(), "DELIVERED", unknown.id(), "UNKNOWN_NUMBER", failed.id(), "FAILED"),
                statuses(f.tag));
        var row = ChannelFixture.rows("SELECT body, kind, bytes, unit_cost, gateway FROM sms_message WHERE customer_id = ?",
                delivered.id()).get(0);
        assertEquals("(광고)Market25\n문자받음님, 겨울 세일을 시작합니다.\n무료거부 080-000-0000", row.get("body"));
        assertEquals("SMS", row.get("kind"));
        assertEquals(72, ((Number) row.get("bytes")).intValue(), "counted in EUC-KR on the composed text");
        assertEquals("SIMULATOR", row.get("gateway"));

        // asked again with the same key: nothing new is queued
        var again = api.postJson("sms/messages", request);
        assertEquals("ALREADY_QUEUED", MarketingApi.object(again.body()).getJsonObject("outcomes")
                .getString(String.valueOf(delivered.id())), again.body());
        assertEquals(3, ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE source_ref LIKE ?", f.tag + ":%"));

        // a gateway that reports twice (or a redelivered report) changes nothing the second time
        long deliveredSms = ((Number) ChannelFixture.rows("SELECT id FROM sms_message WHERE customer_id = ?",
                delivered.id()).get(0).get("id")).longValue();
        try (ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://"
                + System.getProperty("market25.broker.host", "127.0.0.1") + ":" + System.getProperty("market25.broker.port"));
                JMSContext jms = cf.createContext()) {
            jms.createProducer().send(jms.createQueue("market25.sms.reports"),
                    deliveredSms + "\tFAILED\tDUP-1\t" + System.currentTimeMillis() + "\n");
            // and an outbound batch naming the same message again: submitted once already
            jms.createProducer().send(jms.createQueue("market25.sms.outbound"), String.valueOf(deliveredSms));
        }
        var sentinel = api.postJson("sms/test", "{\"phone\":\"010-3456-7890\",\"text\":\"확인용 " + f.tag + "\"}");
        assertEquals(201, sentinel.statusCode(), sentinel.body());
        long sentinelId = MarketingApi.object(sentinel.body()).getJsonNumber("id").longValue();
        ChannelFixture.await("the test message's report", 30, () -> ChannelFixture.count(
                "SELECT COUNT(*) FROM sms_message WHERE id = ? AND status = 'DELIVERED'", sentinelId) == 1);
        Thread.sleep(1_000);
        assertEquals("DELIVERED", statuses(f.tag).get(delivered.id()), "the first report stands");
        for (var c : List.of(delivered, unknown, failed)) {
            assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM contact_history WHERE member_id = ?"
                    + " AND channel = 'SMS'", c.id()), "one SMS line for " + c.name());
        }
        assertEquals("UNKNOWN_NUMBER", ChannelFixture.rows("SELECT outcome FROM contact_history WHERE member_id = ?"
                + " AND channel = 'SMS'", unknown.id()).get(0).get("outcome"));
        for (var c : List.of(noConsent, erased, landline)) {
            assertEquals(0, ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE customer_id = ?", c.id()),
                    "nothing for " + c.name());
        }
        JsonObject shown = MarketingApi.object(api.get("customers/" + delivered.id()).body());
        assertTrue(shown.getJsonArray("contacts").toString().contains("\"kind\":\"SMS\""), shown.toString());
    }

    @Test
    void theByteCountAndAnEmojiAreAnsweredInKorean() throws Exception {
        MarketingApi api = new MarketingApi();
        var measured = MarketingApi.object(api.post("sms/measure", "text/plain", "가".repeat(21)).body());
        // "(광고)Market25\n" 15 + 42 + "\n무료거부 080-000-0000" 22
        assertEquals(79, measured.getInt("bytes"));
        assertEquals("SMS", measured.getString("kind"));
        assertEquals("LMS", MarketingApi.object(api.post("sms/measure", "text/plain", "가".repeat(22)).body()).getString("kind"));
        var emoji = api.postJson("sms/test", "{\"phone\":\"010-3456-7890\",\"text\":\"세일 🎉\"}");
        assertEquals(422, emoji.statusCode(), emoji.body());
        assertTrue(MarketingApi.object(emoji.body()).getJsonObject("errors").getString("text")
                .startsWith("문자로 보낼 수 없는 글자가 있습니다"), emoji.body());
    }

    private static Map<Long, String> statuses(String tag) throws Exception {
        Map<Long, String> statuses = new java.util.HashMap<>();
        for (var r : ChannelFixture.rows("SELECT customer_id, status FROM sms_message WHERE source_ref LIKE ?", tag + ":%")) {
            statuses.put(((Number) r.get("customer_id")).longValue(), (String) r.get("status"));
        }
        return statuses;
    }
}
