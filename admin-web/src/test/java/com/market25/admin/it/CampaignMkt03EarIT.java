package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Campaigns over the API against the deployed EAR and MariaDB: the plan and its approval
 * (MKT-03), targets with exclusions and a reproducible control group (MKT-04), and the ROI of a
 * campaign recorded after the fact, computed by hand (MKT-08), frozen at close-out.
 */
class CampaignMkt03EarIT {

    private final MarketingApi api = new MarketingApi();
    private final String tag = "CP" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

    /** Customers imported under this run's tag with the given e-mail consent; returns their ids as exports write them. */
    private List<String> customers(String prefix, boolean... emailConsent) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = MarketingApi.database();
                PreparedStatement ps = c.prepareStatement("INSERT INTO member (member_no, name, email, member_type, origin,"
                        + " external_source, external_id, joined_at, updated_at, consent_email)"
                        + " VALUES (?, ?, ?, 'INTERNET', 'IMPORT', ?, ?, NOW(), NOW(), ?)", Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < emailConsent.length; i++) {
                String external = tag + prefix + i;
                ps.setString(1, "9" + Math.floorMod(System.nanoTime(), 1_000_000_000_000L) + i);
                ps.setString(2, "캠페인고객" + i);
                ps.setString(3, external.toLowerCase() + "@market25.example");
                ps.setString(4, tag);
                ps.setString(5, external);
                ps.setBoolean(6, emailConsent[i]);
                ps.executeUpdate();
                ids.add(external);
            }
        }
        return ids;
    }

    private long create(String json) throws Exception {
        HttpResponse<String> created = api.postJson("campaigns", json);
        assertEquals(201, created.statusCode(), created.body());
        return MarketingApi.object(created.body()).getJsonNumber("id").longValue();
    }

    private JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return MarketingApi.object(response.body());
    }

    @Test
    void mkt03_mkt04_targetsAreDrawnWithExclusionsReproduciblyAndTheCampaignMovesThroughApproval() throws Exception {
        // 7 consenting (one of them erased), 2 without e-mail consent
        List<String> ids = customers("A", true, true, true, true, true, true, true, false, false);
        try (Connection c = MarketingApi.database();
                PreparedStatement ps = c.prepareStatement("UPDATE member SET erased_at = NOW() WHERE external_id = ?")) {
            ps.setString(1, ids.get(6));
            ps.executeUpdate();
        }
        long id = create("{\"name\":\"겨울 판촉 " + tag + "\",\"type\":\"PROMOTION\",\"startDate\":\"" + today.plusDays(1)
                + "\",\"endDate\":\"" + today.plusDays(10) + "\",\"responseWindowDays\":14,\"budget\":500000,"
                + "\"targetRevenue\":3000000,\"channels\":[\"EMAIL\"]}");
        String list = "customer_id\n" + String.join("\n", ids) + "\n" + ids.get(0) + "\nNO-SUCH-" + tag + "\n";

        JsonObject drawn = ok(api.post("campaigns/" + id + "/targets?controlRatio=0.5&seed=7", "text/csv", list));
        assertEquals(3, drawn.getInt("treatment"), drawn.toString());
        assertEquals(3, drawn.getInt("control"), "half of the six that may be reached: " + drawn);
        JsonObject excluded = drawn.getJsonObject("excluded");
        assertEquals(1, excluded.getInt("UNKNOWN_ID"));
        assertEquals(1, excluded.getInt("DUPLICATE"));
        assertEquals(1, excluded.getInt("ERASED"));
        assertEquals(2, excluded.getInt("NO_CONSENT_EMAIL"));
        assertEquals(7, drawn.getInt("seed"));

        String groups = api.get("campaigns/" + id + "/targets.csv").body();
        assertTrue(groups.startsWith("customer_id,group\r\n"), groups);
        assertEquals(7, groups.split("\r\n").length, groups);
        ok(api.post("campaigns/" + id + "/targets?controlRatio=0.5&seed=7", "text/csv", list));
        assertEquals(groups, api.get("campaigns/" + id + "/targets.csv").body(), "the same seed draws the same groups");

        assertEquals("APPROVAL_REQUESTED", ok(api.postJson("campaigns/" + id + "/approval-request", "{\"note\":\"검토 부탁\"}"))
                .getString("status"));
        HttpResponse<String> late = api.post("campaigns/" + id + "/targets?controlRatio=0.2", "text/csv", list);
        assertEquals(422, late.statusCode(), "targets cannot change once approval is asked: " + late.body());
        assertTrue(late.body().contains("작성 중인 캠페인만"), late.body());
        assertEquals(422, api.postJson("campaigns/" + id + "/start", "").statusCode(), "not approved yet");
        assertEquals("APPROVED", ok(api.postJson("campaigns/" + id + "/approval", "")).getString("status"));
        assertEquals("RUNNING", ok(api.postJson("campaigns/" + id + "/start", "")).getString("status"));

        String log = api.get("campaigns/" + id + "/events").body();
        for (String step : List.of("CREATED", "TARGETS_DRAWN", "APPROVAL_REQUESTED", "APPROVED", "STARTED")) {
            assertTrue(log.contains("\"action\":\"" + step + "\""), step + " in " + log);
        }
        assertTrue(log.contains("\"by\":\"" + AdminBrowser.STAFF + "\""), log);
    }

    @Test
    void mkt03_aPlanThatBreaksTheRulesIsRefusedFieldByFieldInKorean() throws Exception {
        HttpResponse<String> refused = api.postJson("campaigns", "{\"name\":\"\",\"type\":\"PROMOTION\",\"startDate\":\""
                + today.plusDays(5) + "\",\"endDate\":\"" + today.plusDays(1) + "\",\"responseWindowDays\":400,\"budget\":-1}");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject errors = MarketingApi.object(refused.body()).getJsonObject("errors");
        assertEquals("필수 입력 항목입니다.", errors.getString("name"));
        assertTrue(errors.getString("endDate").contains("종료일"), errors.toString());
        assertTrue(errors.getString("responseWindowDays").contains("365"), errors.toString());
        assertTrue(errors.containsKey("budget"), errors.toString());
    }

    @Test
    void mkt08_theRoiOfARecordedCampaignIsTheHandComputedOneAndCloseOutFreezesIt() throws Exception {
        List<String> ids = customers("R", false, false, false, false, false, false, false, false);
        long id = create("{\"name\":\"지난 봄 DM " + tag + "\",\"type\":\"RETENTION\",\"startDate\":\"2025-03-01\","
                + "\"endDate\":\"2025-03-07\",\"responseWindowDays\":10,\"budget\":0,\"residualValue\":1000,"
                + "\"targetRevenue\":120000,\"channels\":[\"DM\"],\"recordedAfter\":true}");
        StringBuilder list = new StringBuilder("customer_id,group\n");
        for (int i = 0; i < 8; i++) {
            list.append(ids.get(i)).append(',').append(i < 4 ? "TREATMENT" : "CONTROL").append('\n');
        }
        JsonObject drawn = ok(api.post("campaigns/" + id + "/targets", "text/csv", list.toString()));
        assertEquals(4, drawn.getInt("treatment"), "groups as uploaded, consents of today do not matter: " + drawn);
        assertEquals(4, drawn.getInt("control"));

        // the response period is 2025-03-01 .. 2025-03-17; the period before as long: 2025-02-12 .. 2025-02-28
        purchase(ids.get(0), "2025-03-02", 10_000, false);
        purchase(ids.get(1), "2025-03-17", 20_000, false);
        purchase(ids.get(2), "2025-03-18", 99_000, false); // after the window: not a response
        purchase(ids.get(2), "2025-03-05", 50_000, true); // cancelled: never counts
        purchase(ids.get(3), "2025-03-01", 30_000, false);
        purchase(ids.get(3), "2025-02-20", 8_000, false); // before: counts in "before" only
        purchase(ids.get(6), "2025-03-10", 30_000, false);
        assertEquals("RUNNING", ok(api.postJson("campaigns/" + id + "/record", "")).getString("status"));

        JsonObject roi = ok(api.get("campaigns/" + id + "/roi"));
        assertEquals(4, roi.getInt("treated"));
        assertEquals(4, roi.getInt("control"));
        assertEquals(new BigDecimal("0.7500"), roi.getJsonNumber("responseRateTreated").bigDecimalValue());
        assertEquals(new BigDecimal("0.2500"), roi.getJsonNumber("responseRateControl").bigDecimalValue());
        assertEquals(15_000, roi.getInt("revenuePerTreated"));
        assertEquals(7_500, roi.getInt("revenuePerControl"));
        // (15,000 − 7,500) × 4; Welch: se² = 10,000²·(5/3)/4 + 15,000²/4, df 5.8698, t 2.46013 (scipy)
        assertEquals(30_000, roi.getInt("incrementalRevenue"));
        assertEquals(-67_375, roi.getInt("incrementalRevenueLow"));
        assertEquals(127_375, roi.getInt("incrementalRevenueHigh"));
        assertEquals(30_000, roi.getInt("directProfit"), "no channel cost recorded");
        assertEquals(32_000, roi.getInt("totalProfit"), "plus 1,000 residual value × 2 incremental responders");
        assertTrue(roi.isNull("roi"), "no cost, no ratio: " + roi);
        assertEquals(new BigDecimal("0.5000"), roi.getJsonNumber("targetProgress").bigDecimalValue(), "60,000 of 120,000");
        String beforeAfter = roi.getJsonArray("beforeAfter").toString();
        assertTrue(beforeAfter.contains("{\"group\":\"TREATMENT\",\"responded\":true,\"customers\":3,\"revenueBefore\":8000,"
                + "\"revenueAfter\":60000}"), beforeAfter);

        JsonObject closed = ok(api.postJson("campaigns/" + id + "/close", ""));
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(today.toString(), closed.getString("closedOn"));
        purchase(ids.get(4), "2025-03-03", 1_000_000, false);
        JsonObject frozen = ok(api.get("campaigns/" + id + "/roi"));
        assertEquals(30_000, frozen.getInt("incrementalRevenue"), "a purchase found after close-out does not move the figures");
        assertEquals(today.toString(), frozen.getString("frozenOn"));
        assertEquals(422, api.postJson("campaigns/" + id + "/close", "").statusCode(), "closed once");
    }

    @Test
    void mkt08_withoutAControlGroupTheLiftIsUnknown() throws Exception {
        List<String> ids = customers("N", true, true, true);
        long id = create("{\"name\":\"통제군 없음 " + tag + "\",\"type\":\"PROMOTION\",\"startDate\":\"" + today
                + "\",\"endDate\":\"" + today + "\",\"responseWindowDays\":0,\"budget\":0,\"targetRevenue\":0}");
        ok(api.post("campaigns/" + id + "/targets?controlRatio=0", "text/csv", "customer_id\n" + String.join("\n", ids)));
        JsonObject roi = ok(api.get("campaigns/" + id + "/roi"));
        assertEquals(3, roi.getInt("treated"));
        assertEquals(false, roi.getBoolean("liftKnown"));
        assertTrue(roi.isNull("incrementalRevenue"), roi.toString());
    }

    private void purchase(String externalId, String day, long amount, boolean cancelled) throws Exception {
        try (Connection c = MarketingApi.database();
                PreparedStatement find = c.prepareStatement("SELECT id FROM member WHERE external_id = ?");
                PreparedStatement ps = c.prepareStatement("INSERT INTO purchase_history (customer_id, purchased_on, amount,"
                        + " quantity, source, source_ref, cancelled) VALUES (?, ?, ?, 1, 'IMPORT', ?, ?)")) {
            find.setString(1, externalId);
            long customer;
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                customer = rs.getLong(1);
            }
            ps.setLong(1, customer);
            ps.setString(2, day);
            ps.setLong(3, amount);
            ps.setString(4, tag + ":" + externalId + ":" + day + ":" + amount);
            ps.setBoolean(5, cancelled);
            ps.executeUpdate();
        }
    }
}
