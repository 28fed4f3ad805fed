package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 메시지 템플릿 (MKT-05): merge fields are checked when a template is saved (an unknown one is a
 * 422 that names it in Korean) and a preview renders a sample customer's real name, RFM grade,
 * last product and personal coupon; the screen counts an SMS's EUC-KR bytes as one types.
 */
class TemplatesMkt05EarIT {

    @Test
    void unknownMergeFieldsAreRefusedByName() throws Exception {
        MarketingApi api = new MarketingApi();
        var refused = api.postJson("templates", "{\"name\":\"틀린 필드 " + System.nanoTime() + "\",\"channel\":\"EMAIL\","
                + "\"subject\":\"{{이름}}님께\",\"textBody\":\"{{이룸}}님, {{grade}} 혜택\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        String message = MarketingApi.object(refused.body()).getJsonObject("errors").getString("textBody");
        assertTrue(message.startsWith("알 수 없는 병합 필드입니다: {{이룸}}"), message);
        assertTrue(message.contains("{{이름}}"), "names the fields one may use: " + message);
    }

    @Test
    void previewShowsTheSampleCustomersRealValues() throws Exception {
        MarketingApi api = new MarketingApi();
        ChannelFixture f = new ChannelFixture();
        var customer = f.customer("미리보기", "010-2345-2001", "04524", "서울특별시 중구 세종대로 110", true, false, false);
        Map<String, Object> product = ChannelFixture.rows("SELECT code, name FROM product ORDER BY id LIMIT 1").get(0);
        // an older purchase of something else, and the newest with the catalog's product
        ChannelFixture.update("INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref,"
                + " cancelled) VALUES (?, ?, 10000, 1, 'CHIT', ?, FALSE)", customer.id(), LocalDate.of(2024, 1, 2), f.tag + "-1");
        ChannelFixture.update("INSERT INTO purchase_history (customer_id, purchased_on, amount, quantity, source, source_ref,"
                + " cancelled) VALUES (?, ?, 50000, 1, 'CHIT', ?, FALSE)", customer.id(), LocalDate.of(2024, 3, 4), f.tag + "-2");
        ChannelFixture.update("INSERT INTO purchase_item (purchase_id, line_no, product_code, quantity, amount)"
                + " SELECT id, 1, 'OLD-1', 1, 10000 FROM purchase_history WHERE source = 'CHIT' AND source_ref = ?", f.tag + "-1");
        ChannelFixture.update("INSERT INTO purchase_item (purchase_id, line_no, product_code, quantity, amount)"
                + " SELECT id, 1, ?, 1, 50000 FROM purchase_history WHERE source = 'CHIT' AND source_ref = ?",
                product.get("code"), f.tag + "-2");
        // R 5, F 5, M 5 with the default weights 100/10/1: score 555, grade VIP
        ChannelFixture.update("INSERT INTO rfm_customer_current (customer_id, first_purchase, last_purchase, frequency,"
                + " monetary, r, f, m, updated_at) VALUES (?, '2024-01-02', '2024-03-04', 2, 60000, 5, 5, 5, NOW(3))",
                customer.id());

        var created = api.postJson("templates", "{\"name\":\"미리보기 " + f.tag + "\",\"channel\":\"EMAIL\","
                + "\"subject\":\"{{이름}}님, {{등급}} 고객 혜택\",\"htmlBody\":\"<p>{{name}}님이 산 {{lastProduct}}</p>\","
                + "\"textBody\":\"{{최근상품}} 쿠폰 {{쿠폰}} ({{회원번호}})\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = MarketingApi.object(created.body()).getJsonNumber("id").longValue();
        JsonObject preview = MarketingApi.object(api.get("templates/" + id + "/preview?memberNo=" + customer.memberNo()).body());
        assertEquals("(광고) 미리보기님, VIP 고객 혜택", preview.getString("subject"));
        String text = preview.getString("text");
        assertTrue(text.matches("\\Q" + product.get("name") + "\\E 쿠폰 [0-9A-Z]{5}-[0-9A-Z]{5} \\(" + customer.memberNo() + "\\)"),
                text);
        assertTrue(preview.getString("html").contains("<p>미리보기님이 산 "), preview.getString("html"));
        var nobody = api.get("templates/" + id + "/preview?memberNo=0000");
        assertEquals(422, nobody.statusCode());
        assertTrue(nobody.body().contains("그런 회원번호의 고객이 없습니다"), nobody.body());

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("templates.xhtml");
            // PrimeFaces' own way to choose an item: fires the change, the form comes back for SMS
            // selectValue is silent in PrimeFaces 15; triggerChange runs the p:ajax as a click on the item does
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "PF('channelMenu').selectValue('SMS'); PF('channelMenu').triggerChange();");
            browser.awaitAjax();
            browser.awaitText(By.cssSelector("label[for='templateForm:textBody']"), "문자 내용");
            browser.type(By.id("templateForm:name"), "문자 화면 " + f.tag);
            browser.find(By.id("templateForm:textBody")).sendKeys("{{이름}}님 안녕하세요");
            // "(광고)Market25\n" 15 + "{{이름}}님 안녕하세요" 4+6+1+10 = 21 + "\n무료거부 080-000-0000" 22
            assertEquals("58 / 80 바이트 · 단문(SMS)", browser.text(By.id("smsCount")));
            browser.find(By.id("templateForm:textBody")).sendKeys(" 겨울 세일 마지막 날입니다 오늘만");
            assertTrue(browser.text(By.id("smsCount")).contains("/ 2000 바이트 · 장문(LMS)"), browser.text(By.id("smsCount")));
            browser.type(By.id("templateForm:memberNo"), customer.memberNo());
            browser.click(By.id("templateForm:preview"));
            assertTrue(browser.awaitText(By.id("previewText"), "미리보기님 안녕하세요").startsWith("미리보기님 안녕하세요"));
            browser.click(By.id("templateForm:save"));
            browser.awaitText(By.id("messages"), "저장했습니다");
            assertTrue(browser.text(By.id("listForm:templateTable")).contains("문자 화면 " + f.tag));
            browser.screenshot("templates-sms");
        }
    }
}
