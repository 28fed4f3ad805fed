package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 채널 발송 on the campaign page in a real browser (MKT-05, MKT-07): a marketer adds an e-mail
 * project with a template and a unit cost to a running campaign, presses 발송, watches it reach
 * 완료, and finds its figures in 성과·ROI.
 */
class CampaignProjectScreenMkt05EarIT {

    private final MarketingApi api = new MarketingApi();
    private final ChannelFixture f = new ChannelFixture();

    private long id(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return MarketingApi.object(response.body()).getJsonNumber("id").longValue();
    }

    @Test
    void mkt05_aMarketerSendsAnEmailProjectFromTheCampaignPage() throws Exception {
        StringBuilder list = new StringBuilder("customer_id\n");
        for (int i = 0; i < 5; i++) {
            var c = f.customer("화면메일" + i, "010-4567-6" + String.format("%03d", i), "06236", "서울", false, false, false);
            ChannelFixture.update("UPDATE member SET consent_email = TRUE WHERE id = ?", c.id());
            list.append(c.memberNo()).append('\n');
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        long campaign = id(api.postJson("campaigns", "{\"name\":\"화면 메일 " + f.tag + "\",\"type\":\"RETENTION\",\"startDate\":\""
                + today + "\",\"endDate\":\"" + today.plusDays(3) + "\",\"responseWindowDays\":7,\"budget\":0,"
                + "\"targetRevenue\":0,\"channels\":[\"EMAIL\"]}"), 201);
        assertEquals(200, api.post("campaigns/" + campaign + "/targets?controlRatio=0&seed=3", "text/csv", list.toString())
                .statusCode());
        for (String step : new String[] {"approval-request", "approval", "start"}) {
            assertEquals(200, api.postJson("campaigns/" + campaign + "/" + step, "").statusCode(), step);
        }
        String template = "화면 메일 템플릿 " + f.tag;
        id(api.postJson("templates", "{\"name\":\"" + template + "\",\"channel\":\"EMAIL\",\"subject\":\"{{이름}}님께 " + f.tag
                + "\",\"textBody\":\"{{이름}}님, 감사합니다.\"}"), 201);

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("campaign-detail.xhtml?id=" + campaign);
            browser.click(By.xpath("//*[@role='tab'][contains(., '채널 발송')]"));
            browser.pick("tabs:projectForm:channel", "이메일");
            browser.pick("tabs:projectForm:templateId", template);
            browser.type(By.id("tabs:projectForm:name"), "감사 메일");
            browser.type(By.id("tabs:projectForm:unitCost_input"), "2");
            browser.click(By.id("tabs:projectForm:btnProject"));
            browser.awaitText(By.id("tabs:projectForm:projectTable"), "이메일 · 감사 메일");
            assertTrue(browser.text(By.id("tabs:projectForm:projectTable")).contains("준비"));

            browser.click(By.xpath("//*[@id='tabs:projectForm:projectTable']//button[normalize-space()='발송']"));
            String row = browser.awaitText(By.id("tabs:projectForm:projectTable"), "완료");
            assertTrue(row.contains("5 발송") && row.contains("100%"), row);
            browser.screenshot("campaign-email-project");

            browser.get("campaign-detail.xhtml?id=" + campaign);
            String channels = browser.text(By.id("tabs:channelTable"));
            assertTrue(channels.contains("이메일 · 감사 메일"), channels);
        }
        ChannelFixture.await("five mails accepted by the SMTP server", 30, () -> ChannelFixture.count(
                "SELECT COUNT(*) FROM email_message e JOIN campaign_project p ON e.source = CONCAT('P', p.id)"
                        + " WHERE p.campaign_id = ? AND e.status = 'SENT'", campaign) == 5);
    }
}
