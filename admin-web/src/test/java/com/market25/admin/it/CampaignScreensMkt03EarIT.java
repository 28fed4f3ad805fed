package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 캠페인 관리 in a real browser (MKT-03, MKT-04, MKT-08): a planned campaign's page draws its
 * targets from an uploaded list into treatment and control (the default 20% control) with the exclusions counted, asks for
 * approval, and the list and ROI show it.
 */
class CampaignScreensMkt03EarIT {

    @Test
    void mkt03_aMarketerDrawsTargetsFromAListAndAsksForApprovalOnTheCampaignPage() throws Exception {
        MarketingApi api = new MarketingApi();
        String tag = "CS" + Long.toString(System.nanoTime(), 36).toUpperCase();
        StringBuilder list = new StringBuilder("customer_id\n");
        try (Connection c = MarketingApi.database();
                PreparedStatement ps = c.prepareStatement("INSERT INTO member (member_no, name, email, member_type, origin,"
                        + " external_source, external_id, joined_at, updated_at, consent_email)"
                        + " VALUES (?, ?, ?, 'INTERNET', 'IMPORT', ?, ?, NOW(), NOW(), ?)")) {
            for (int i = 0; i < 10; i++) {
                ps.setString(1, "8" + Math.floorMod(System.nanoTime(), 1_000_000_000_000L) + i);
                ps.setString(2, "화면고객" + i);
                ps.setString(3, tag.toLowerCase() + i + "@market25.example");
                ps.setString(4, tag);
                ps.setString(5, tag + i);
                ps.setBoolean(6, i != 9);
                ps.executeUpdate();
                list.append(tag).append(i).append('\n');
            }
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        var created = api.postJson("campaigns", "{\"name\":\"화면 시험 " + tag + "\",\"type\":\"REACTIVATION\",\"startDate\":\""
                + today.plusDays(2) + "\",\"endDate\":\"" + today.plusDays(9) + "\",\"responseWindowDays\":7,\"budget\":100000,"
                + "\"targetRevenue\":1000000}");
        assertEquals(201, created.statusCode(), created.body());
        long id = MarketingApi.object(created.body()).getJsonNumber("id").longValue();
        Path file = Files.createTempFile("targets", ".csv");
        Files.writeString(file, list, StandardCharsets.UTF_8);

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("campaign-detail.xhtml?id=" + id);
            assertTrue(browser.text(By.id("campaignStatus")).contains("작성 중"));
            assertTrue(browser.pageText().contains("통제군이 없어 증분 효과를 알 수 없습니다."), "no targets yet, no lift");
            browser.click(By.xpath("//*[@role='tab'][contains(., '대상 고객')]"));
            browser.find(By.cssSelector("form[id$='drawForm'] input[type='file']")).sendKeys(file.toString());
            browser.type(By.id("tabs:drawForm:seed_input"), "11");
            browser.find(By.id("tabs:drawForm:btnDraw")).click();
            browser.awaitText(By.id("messages"), "실행군 7명, 통제군 2명, 제외 1명");
            browser.click(By.xpath("//*[@role='tab'][contains(., '대상 고객')]"));
            String counts = browser.awaitText(By.id("groupCounts"), "seed 11");
            assertTrue(counts.contains("실행군 7") && counts.contains("통제군 2") && counts.contains("0.2"), counts);
            assertTrue(browser.pageText().contains("이메일 수신 미동의"), "the exclusion is named");

            browser.click(By.xpath("//*[@role='tab'][contains(., '채널 발송')]"));
            assertTrue(browser.text(By.id("tabs:projectForm:projectTable")).contains("아직 채널 발송이 없습니다."),
                    "the channel projects tab renders, empty");
            browser.type(By.id("stepForm:note"), "다음 주 발송 예정");
            browser.find(By.id("stepForm:btnRequest")).click();
            browser.awaitText(By.id("campaignStatus"), "승인 요청");
            browser.click(By.xpath("//*[@role='tab'][contains(., '처리 이력')]"));
            browser.awaitText(By.id("tabs:events"), "다음 주 발송 예정");

            browser.get("campaigns.xhtml");
            browser.type(By.id("tabs:listForm:q"), tag);
            browser.click(By.id("tabs:listForm:search"));
            String row = browser.awaitText(By.id("tabs:listForm:campaignTable"), "화면 시험 " + tag);
            assertTrue(row.contains("승인 요청") && row.contains("휴면 고객 재활성화"), row);
        }
    }
}
