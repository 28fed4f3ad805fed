package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 트리거 (MKT-09) against the deployed EAR: each event fires its rule once per customer and period
 * however often the rules are evaluated, and each action happens once (a notification, a campaign
 * target in the campaign's groups, one SMS).
 */
class TriggerMkt09EarIT {

    private final MarketingApi api = new MarketingApi();
    private final ChannelFixture f = new ChannelFixture();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
    private final List<Long> rules = new ArrayList<>();

    private long rule(String json) throws Exception {
        HttpResponse<String> created = api.postJson("triggers", json);
        assertEquals(201, created.statusCode(), created.body());
        long id = MarketingApi.object(created.body()).getJsonNumber("id").longValue();
        rules.add(id);
        return id;
    }

    @AfterEach
    void switchOff() throws Exception {
        // rules stay in the shop: switched off, they do not act on other tests' customers
        for (long id : rules) {
            api.postJson("triggers/" + id + "/active", "{\"active\":false}");
        }
    }

    private void current(long customer, LocalDate first, LocalDate last, int r, int fScore, int m) throws Exception {
        ChannelFixture.update("REPLACE INTO rfm_customer_current (customer_id, first_purchase, last_purchase, frequency, monetary,"
                + " r, f, m, updated_at) VALUES (?, ?, ?, 1, 10000, ?, ?, ?, NOW())", customer, first, last, r, fScore, m);
    }

    private long firings(long rule, long customer) throws Exception {
        return ChannelFixture.count("SELECT COUNT(*) FROM trigger_firing WHERE rule_id = ? AND customer_id = ?", rule, customer);
    }

    private void evaluate() throws Exception {
        assertEquals(200, api.postJson("triggers/evaluation", "").statusCode());
    }

    @Test
    void mkt09_eachEventFiresOncePerCustomerAndPeriod() throws Exception {
        var newcomer = f.customer("첫구매", "010-2345-1001", "06236", "서울", false, false, false);
        var lapsed = f.customer("휴면예정", "010-2345-1002", "06236", "서울", false, false, false);
        var birthday = f.customer("생일", "010-2345-1003", "06236", "서울", false, false, false);
        var climber = f.customer("등급상승", "010-2345-1004", "06236", "서울", false, false, false);
        current(newcomer.id(), today, today, 5, 1, 1);
        current(lapsed.id(), today.minusDays(100), today.minusDays(30), 1, 1, 1);
        ChannelFixture.update("UPDATE member SET birth_date = ? WHERE id = ?", today.plusDays(3).minusYears(30), birthday.id());
        current(climber.id(), today.minusDays(60), today.minusDays(20), 1, 1, 1);

        long campaign = MarketingApi.object(api.postJson("campaigns", "{\"name\":\"재구매 유도 " + f.tag + "\",\"type\":\"RETENTION\","
                + "\"startDate\":\"" + today + "\",\"endDate\":\"" + today.plusDays(30) + "\",\"responseWindowDays\":7,\"budget\":0,"
                + "\"targetRevenue\":0}").body()).getJsonNumber("id").longValue();
        long first = rule("{\"name\":\"첫 구매 감사 " + f.tag + "\",\"event\":\"FIRST_PURCHASE\",\"action\":\"NOTIFY\"}");
        long lapse = rule("{\"name\":\"30일 무구매 " + f.tag + "\",\"event\":\"LAPSED\",\"days\":30,\"action\":\"ADD_TO_CAMPAIGN\","
                + "\"campaignId\":" + campaign + "}");
        long birth = rule("{\"name\":\"생일 3일 전 " + f.tag + "\",\"event\":\"BIRTHDAY\",\"days\":3,\"action\":\"NOTIFY\"}");
        long grade = rule("{\"name\":\"등급 변경 " + f.tag + "\",\"event\":\"GRADE_CHANGE\",\"action\":\"NOTIFY\"}");

        evaluate();
        assertEquals(1, firings(first, newcomer.id()), "first purchase today");
        assertEquals(0, firings(first, lapsed.id()), "a first purchase before the rule existed does not fire it");
        assertEquals(1, firings(lapse, lapsed.id()), "30 days without a purchase");
        assertEquals(0, firings(lapse, climber.id()), "only 20 days");
        assertEquals(1, firings(birth, birthday.id()));
        assertEquals(String.valueOf(today.plusDays(3).getYear()), ChannelFixture.rows(
                "SELECT period_key FROM trigger_firing WHERE rule_id = ? AND customer_id = ?", birth, birthday.id()).get(0).get("period_key"));
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM campaign_target WHERE campaign_id = ? AND customer_id = ?"
                + " AND source = 'TRIGGER'", campaign, lapsed.id()), "the lapsed customer joined the campaign's targets");
        assertEquals(0, firings(grade, climber.id()), "the first run only learns the grades");

        current(climber.id(), today.minusDays(60), today, 5, 5, 5);
        evaluate();
        evaluate();
        assertEquals(1, firings(grade, climber.id()), "일반 → VIP, once");
        assertEquals(1, firings(first, newcomer.id()));
        assertEquals(1, firings(lapse, lapsed.id()));
        assertEquals(1, firings(birth, birthday.id()));
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM campaign_target WHERE campaign_id = ? AND customer_id = ?",
                campaign, lapsed.id()));
        String list = api.get("triggers/firings?size=500").body();
        assertTrue(list.contains("\"memberNo\":\"" + lapsed.memberNo() + "\""), list);
        assertTrue(list.contains("TARGET_"), "the outcome names the group: " + list);
    }

    @Test
    void mkt09_aSmsRuleSendsOneMessagePerCustomerAndPeriod() throws Exception {
        var customer = f.customer("문자트리거", "010-2345-2001", "06236", "서울", true, false, false);
        current(customer.id(), today, today, 5, 1, 1);
        var template = api.postJson("templates", "{\"name\":\"첫 구매 문자 " + f.tag + "\",\"channel\":\"SMS\","
                + "\"textBody\":\"{{이름}}님, 첫 구매 고맙습니다.\"}");
        assertEquals(201, template.statusCode(), template.body());
        long templateId = MarketingApi.object(template.body()).getJsonNumber("id").longValue();
        long sms = rule("{\"name\":\"첫 구매 문자 " + f.tag + "\",\"event\":\"FIRST_PURCHASE\",\"action\":\"SEND_SMS\","
                + "\"templateId\":" + templateId + "}");
        evaluate();
        evaluate();
        assertEquals(1, ChannelFixture.count("SELECT COUNT(*) FROM sms_message WHERE customer_id = ? AND source = ?",
                customer.id(), "T" + sms + ":1"));

        HttpResponse<String> refused = api.postJson("triggers", "{\"name\":\"x\",\"event\":\"LAPSED\",\"action\":\"SEND_SMS\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("일수는") && refused.body().contains("문자 템플릿"), refused.body());
    }

    @Test
    void mkt09_theTriggerScreenAddsARuleAndListsWhatFired() throws Exception {
        var customer = f.customer("화면트리거", "010-2345-3001", "06236", "서울", false, false, false);
        current(customer.id(), today, today, 5, 1, 1);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("triggers.xhtml");
            browser.type(By.id("ruleForm:name"), "화면 첫 구매 " + f.tag);
            browser.click(By.id("ruleForm:btnCreate"));
            browser.awaitText(By.id("rules:ruleTable"), "화면 첫 구매 " + f.tag);
            rules.add(((Number) ChannelFixture.rows("SELECT id FROM trigger_rule WHERE name = ?", "화면 첫 구매 " + f.tag)
                    .get(0).get("id")).longValue());
            browser.click(By.id("ruleForm:btnEvaluate"));
            String fired = browser.awaitText(By.id("firings:firingTable"), customer.memberNo());
            assertTrue(fired.contains("NOTIFIED"), fired);
        }
    }
}
