package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 채널 발송 (MKT-05, MKT-06, MKT-08) against the deployed EAR, broker and database: an SMS project of
 * a running campaign reaches every treated customer once and no control customer, its cost is the
 * campaign's cost in the ROI; a throttled project paused and resumed sends nobody twice.
 */
class CampaignDispatchMkt05EarIT {

    private final MarketingApi api = new MarketingApi();
    private final ChannelFixture f = new ChannelFixture();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

    private JsonObject ok(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return MarketingApi.object(response.body());
    }

    private JsonObject project(long id) throws Exception {
        return ok(api.get("projects/" + id), 200);
    }

    @Test
    void mkt05_anSmsProjectReachesEveryTreatedCustomerOnceAndNoControlCustomer() throws Exception {
        List<ChannelFixture.Customer> customers = new ArrayList<>();
        StringBuilder list = new StringBuilder("customer_id\n");
        for (int i = 0; i < 6; i++) {
            var c = f.customer("발송고객" + i, "010-2345-4" + String.format("%03d", i), "06236", "서울", true, false, false);
            customers.add(c);
            list.append(c.memberNo()).append('\n');
        }
        long campaign = ok(api.postJson("campaigns", "{\"name\":\"문자 발송 " + f.tag + "\",\"type\":\"PROMOTION\",\"startDate\":\""
                + today + "\",\"endDate\":\"" + today.plusDays(7) + "\",\"responseWindowDays\":7,\"budget\":1000,"
                + "\"targetRevenue\":0,\"channels\":[\"SMS\"]}"), 201).getJsonNumber("id").longValue();
        JsonObject drawn = ok(api.post("campaigns/" + campaign + "/targets?controlRatio=0.5&seed=1", "text/csv", list.toString()), 200);
        assertEquals(3, drawn.getInt("treatment"), drawn.toString());
        long template = ok(api.postJson("templates", "{\"name\":\"발송 " + f.tag + "\",\"channel\":\"SMS\","
                + "\"textBody\":\"{{이름}}님, 이번 주 특가입니다.\"}"), 201).getJsonNumber("id").longValue();
        long project = ok(api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"SMS\",\"name\":\"1차 문자\","
                + "\"templateId\":" + template + ",\"unitCost\":20.5}"), 201).getJsonNumber("id").longValue();

        HttpResponse<String> early = api.postJson("projects/" + project + "/dispatch", "");
        assertEquals(422, early.statusCode(), "not running yet: " + early.body());
        ok(api.postJson("campaigns/" + campaign + "/approval-request", ""), 200);
        ok(api.postJson("campaigns/" + campaign + "/approval", ""), 200);
        ok(api.postJson("campaigns/" + campaign + "/start", ""), 200);
        ok(api.postJson("projects/" + project + "/dispatch", ""), 200);
        ChannelFixture.await("the project done", 30, () -> "DONE".equals(project(project).getString("status")));
        JsonObject done = project(project);
        assertEquals(3, done.getInt("sent"), done.toString());
        assertEquals(100, done.getInt("percent"));

        Set<Long> treated = new HashSet<>();
        for (var row : ChannelFixture.rows("SELECT t.customer_id FROM campaign_target t WHERE t.campaign_id = ?"
                + " AND t.target_group = 'TREATMENT'", campaign)) {
            treated.add(((Number) row.get("customer_id")).longValue());
        }
        Set<Long> texted = new HashSet<>();
        for (var row : ChannelFixture.rows("SELECT customer_id FROM sms_message WHERE source = ?", "P" + project)) {
            assertTrue(texted.add(((Number) row.get("customer_id")).longValue()), "one message per customer");
        }
        assertEquals(treated, texted, "every treated customer, no control customer");
        assertEquals(422, api.postJson("projects/" + project + "/dispatch", "").statusCode(), "dispatched once");

        JsonObject roi = ok(api.get("campaigns/" + campaign + "/roi"), 200);
        assertEquals(3, roi.getInt("messages"));
        assertEquals(0, new BigDecimal("61.50").compareTo(roi.getJsonNumber("cost").bigDecimalValue()), roi.toString());

        // a throttled project (one message a minute): paused after the first, resumed, nobody twice
        long slow = ok(api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"SMS\",\"name\":\"2차 문자\","
                + "\"templateId\":" + template + ",\"unitCost\":20,\"throttlePerMinute\":1}"), 201).getJsonNumber("id").longValue();
        ok(api.postJson("projects/" + slow + "/dispatch", ""), 200);
        ChannelFixture.await("the first throttled message", 30, () -> project(slow).getInt("sent") == 1);
        assertEquals("PAUSED", ok(api.postJson("projects/" + slow + "/pause", ""), 200).getString("status"));
        assertEquals(2, project(slow).getInt("pending"), "the rest waits while paused");
        assertEquals("DISPATCHING", ok(api.postJson("projects/" + slow + "/resume", ""), 200).getString("status"));
        ChannelFixture.await("the next message after the resume", 30, () -> project(slow).getInt("sent") == 2);
        assertEquals(2, ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE source = ?", "P" + slow));
        assertEquals(1, project(slow).getInt("pending"), "the third waits for its minute");

        // a project with a set send time: the broker holds its batches until then
        String at = java.time.LocalDateTime.now(ZoneId.of("Asia/Seoul")).plusSeconds(6).withNano(0).toString();
        long later = ok(api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"SMS\",\"name\":\"예약 문자\","
                + "\"templateId\":" + template + ",\"unitCost\":20,\"sendAt\":\"" + at + "\"}"), 201).getJsonNumber("id").longValue();
        ok(api.postJson("projects/" + later + "/dispatch", ""), 200);
        Thread.sleep(2_000);
        assertEquals(0, project(later).getInt("sent"), "nothing before " + at);
        ChannelFixture.await("the scheduled messages", 40, () -> "DONE".equals(project(later).getString("status")));
        assertEquals(3, ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE source = ?", "P" + later));
        assertTrue(ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE source = ? AND queued_at < ?", "P" + later,
                java.sql.Timestamp.valueOf(java.time.LocalDateTime.parse(at))) == 0, "none queued before its time");
    }

    @Test
    void mkt05_aProjectOnAChannelTheCampaignDidNotPlanIsRefused() throws Exception {
        long campaign = ok(api.postJson("campaigns", "{\"name\":\"채널 확인 " + f.tag + "\",\"type\":\"PROMOTION\",\"startDate\":\""
                + today + "\",\"endDate\":\"" + today + "\",\"responseWindowDays\":0,\"budget\":0,\"targetRevenue\":0,"
                + "\"channels\":[\"EMAIL\"]}"), 201).getJsonNumber("id").longValue();
        HttpResponse<String> refused = api.postJson("projects", "{\"campaign\":" + campaign + ",\"channel\":\"SMS\",\"name\":\"x\","
                + "\"unitCost\":-1}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("단가"), refused.body());
    }
}
