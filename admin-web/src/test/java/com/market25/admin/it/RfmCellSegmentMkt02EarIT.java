package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * MKT-01 / MKT-02 in a real browser: the RFM page lists a snapshot, shows its cross-tab, and a
 * click on a square of the cross-tab saves that square's customers as a segment.
 */
class RfmCellSegmentMkt02EarIT {

    @Test
    void clickingACrossTabSquareSavesItsCustomersAsASegment() throws Exception {
        MarketingApi api = new MarketingApi();
        RfmFixture fixture = new RfmFixture().insert();
        long segment = fixture.segment(api);
        // dated today, so it is the newest snapshot and first in the list
        var taken = api.postJson("rfm/snapshots", "{\"referenceDate\":\"" + LocalDate.now(java.time.ZoneId.of("Asia/Seoul")) + "\",\"segment\":" + segment + "}");
        assertEquals(201, taken.statusCode(), taken.body());
        long snapshot = MarketingApi.object(taken.body()).getJsonNumber("id").longValue();
        // the most recent customers' square: R5 and the F of its first cell, all five M together
        JsonObject first = null;
        for (JsonValue v : MarketingApi.object(api.get("rfm/snapshots/" + snapshot).body()).getJsonArray("crossTab")) {
            if (v.asJsonObject().getInt("r") == 5) {
                first = v.asJsonObject();
                break;
            }
        }
        assertTrue(first != null, "someone scored R5");
        int r = first.getInt("r");
        int f = first.getInt("f");
        long expected = 0;
        for (JsonValue v : MarketingApi.object(api.get("rfm/snapshots/" + snapshot).body()).getJsonArray("crossTab")) {
            if (v.asJsonObject().getInt("r") == r && v.asJsonObject().getInt("f") == f) {
                expected += v.asJsonObject().getInt("customers");
            }
        }

        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuRfm"));
            browser.click(By.cssSelector("tr.snapshot-" + snapshot + " td.id"));
            browser.awaitText(By.id("rfmForm:crossTabTitle"), "스냅샷 " + snapshot);
            browser.screenshot("rfm-crosstab");
            browser.click(By.cssSelector("td.cell-r" + r + "-f" + f + " a.cell-link"));
            String message = browser.awaitText(By.id("messages"), "저장했습니다");
            assertTrue(message.contains(expected + "명"), message);
            browser.screenshot("rfm-cell-segment");
            // the saved segment is on the segment page, with its owner and size
            browser.click(By.id("topForm:menuSegments"));
            browser.awaitText(By.id("segmentForm:savedTable"), "#" + snapshot + " ");
            // the builder's count follows the rule: everyone, a condition without a value, women
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객");
            browser.click(By.id("segmentForm:rows:0:addCondition"));
            browser.awaitText(By.id("segmentForm:countPanel"), "조건을 확인");
            browser.click(By.id("segmentForm:rows:1:picked"));
            browser.click(By.xpath("//div[@id='segmentForm:rows:1:picked_panel']//li[.//label[normalize-space()='여성']]"
                    + "//div[contains(@class,'ui-chkbox-box')]"));
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객");
            browser.screenshot("segments");
        }

        try (Connection c = MarketingApi.database(); PreparedStatement ps = c.prepareStatement(
                "select s.member_count, (select count(*) from segment_member m where m.segment_id = s.id), s.owner"
                        + " from segment s where s.origin = 'RFM_CELL' and s.name like ? order by s.id desc limit 1")) {
            ps.setString(1, "%#" + snapshot + " %");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a segment of the clicked square");
                assertEquals(expected, rs.getLong(1));
                assertEquals(expected, rs.getLong(2));
                assertEquals(AdminBrowser.STAFF, rs.getString(3));
            }
        }
    }
}
