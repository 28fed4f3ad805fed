package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * MKT-01 through the JSON API: snapshots of a hand-made fixture ({@link RfmFixture}) give exactly
 * the R/F/M and scores worked out by hand by the rule {@code NTILE(5) OVER (ORDER BY value,
 * customer_number)} (docs/rfm.md), with ties on the cell edges and a population of 11 that does
 * not divide by 5; the migration matrix adds up to both snapshots; a cell becomes a segment.
 */
class RfmSnapshotMkt01EarIT {

    /** customer_id,recency_days,frequency,monetary,r,f,m on 2022-07-01 (C11: only later; C12: only cancelled). */
    private static final List<String> ON_JULY_1 = List.of(
            "C01,1,1,100,4,1,1", "C02,1,1,100,5,1,2", "C03,16,2,1000,3,4,5", "C04,16,2,600,3,4,4",
            "C05,181,1,50,1,2,1", "C06,91,3,3000,2,5,5", "C07,0,1,200,5,2,2", "C08,91,1,400,2,3,3",
            "C09,6,2,500,4,5,3", "C10,730,1,700,1,3,4");
    /** on 2022-08-15: eleven customers, so the first fifth holds three (C06 and C08 tie across it). */
    private static final List<String> ON_AUGUST_15 = List.of(
            "C01,46,1,100,4,1,1", "C02,46,1,100,4,1,2", "C03,61,2,1000,2,3,4", "C04,61,2,600,3,4,3",
            "C05,226,1,50,1,1,1", "C06,136,3,3000,1,5,5", "C07,44,2,1199,5,4,5", "C08,136,1,400,2,2,2",
            "C09,51,2,500,3,5,3", "C10,775,1,700,1,2,4", "C11,14,1,80,5,3,1");

    private static MarketingApi api;
    private static RfmFixture fixture;
    private static long segment;

    @BeforeAll
    static void fixture() throws Exception {
        api = new MarketingApi();
        fixture = new RfmFixture().insert();
        segment = fixture.segment(api);
    }

    @Test
    void snapshotScoresTheFixtureExactlyByTheNtileRule() throws Exception {
        HttpResponse<String> taken = api.postJson("rfm/snapshots",
                "{\"referenceDate\":\"2022-07-01\",\"segment\":" + segment + "}");
        assertEquals(201, taken.statusCode(), taken.body());
        JsonObject snapshot = MarketingApi.object(taken.body());
        long id = snapshot.getJsonNumber("id").longValue();
        assertTrue(taken.headers().firstValue("Location").orElseThrow().endsWith("/admin/api/rfm/snapshots/" + id));
        assertEquals(10, snapshot.getInt("customers"), "C11 bought only later, C12's only order was cancelled");
        assertEquals(10, snapshot.getInt("cells"));
        assertTrue(snapshot.containsKey("durationMs"));
        assertEquals(ON_JULY_1, export(id));

        // the cross-tab: one customer in each of the ten cells, revenue per cell, grade by the default bands
        JsonObject read = MarketingApi.object(api.get("rfm/snapshots/" + id).body());
        Map<Integer, String> cells = new TreeMap<>();
        for (JsonValue v : read.getJsonArray("crossTab")) {
            JsonObject cell = v.asJsonObject();
            cells.put(cell.getInt("cell"), cell.getInt("customers") + " " + cell.getJsonNumber("monetary") + " "
                    + cell.getString("grade"));
        }
        assertEquals(Map.of(411, "1 100 GOOD", 512, "1 100 VIP", 345, "1 1000 REGULAR", 344, "1 600 REGULAR",
                121, "1 50 DORMANT", 255, "1 3000 REGULAR", 522, "1 200 VIP", 233, "1 400 REGULAR",
                453, "1 500 GOOD", 134, "1 700 DORMANT"), cells);
    }

    @Test
    void migrationMatrixAddsUpToBothSnapshots() throws Exception {
        long july = snapshot("2022-07-01");
        long august = snapshot("2022-08-15");
        assertEquals(ON_AUGUST_15, export(august));

        JsonObject matrix = MarketingApi.object(api.get("rfm/migration?from=" + july + "&to=" + august).body());
        Map<String, Long> flows = new TreeMap<>();
        Map<Integer, Long> byFrom = new HashMap<>();
        Map<Integer, Long> byTo = new HashMap<>();
        for (JsonValue v : matrix.getJsonArray("flows")) {
            JsonObject f = v.asJsonObject();
            flows.put(f.getInt("from") + ">" + f.getInt("to"), f.getJsonNumber("customers").longValue());
            byFrom.merge(f.getInt("from"), f.getJsonNumber("customers").longValue(), Long::sum);
            byTo.merge(f.getInt("to"), f.getJsonNumber("customers").longValue(), Long::sum);
        }
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("411>411", 1L), Map.entry("512>412", 1L),
                Map.entry("345>234", 1L), Map.entry("344>343", 1L), Map.entry("121>111", 1L), Map.entry("255>155", 1L),
                Map.entry("522>545", 1L), Map.entry("233>222", 1L), Map.entry("453>353", 1L), Map.entry("134>124", 1L),
                Map.entry("0>531", 1L))), flows, "C11 arrives from 'not scored'");
        // every row adds up to the earlier snapshot's cell, every column to the later one's
        assertEquals(cellCounts(july), without0(byFrom));
        assertEquals(cellCounts(august), without0(byTo));
        assertEquals(10, matrix.getInt("fromCustomers"));
        assertEquals(11, matrix.getInt("toCustomers"));
    }

    @Test
    void aCellBecomesASavedSegmentAndRefusalsAreProblems() throws Exception {
        long july = snapshot("2022-07-01");
        HttpResponse<String> saved = api.postJson("rfm/snapshots/" + july + "/segments", "{\"cells\":[512,522]}");
        assertEquals(201, saved.statusCode(), saved.body());
        JsonObject segmentJson = MarketingApi.object(saved.body());
        assertEquals(2, segmentJson.getInt("customers"));
        assertEquals("RFM_CELL", segmentJson.getString("origin"));
        long id = segmentJson.getJsonNumber("id").longValue();
        assertEquals(200, api.get("segments/" + id).statusCode());
        assertEquals("customer_id\r\nC02\r\nC07\r\n", api.get("segments/" + id + "/customers.csv").body());

        HttpResponse<String> future = api.postJson("rfm/snapshots", "{\"referenceDate\":\"2999-01-01\"}");
        assertEquals(422, future.statusCode());
        assertTrue(future.body().contains("기준일"), future.body());
        assertEquals(404, api.get("rfm/snapshots/999999999").statusCode());
        assertEquals(404, api.get("segments/999999999").statusCode());
    }

    private static long snapshot(String date) throws Exception {
        HttpResponse<String> taken = api.postJson("rfm/snapshots",
                "{\"referenceDate\":\"" + date + "\",\"segment\":" + segment + "}");
        assertEquals(201, taken.statusCode(), taken.body());
        return MarketingApi.object(taken.body()).getJsonNumber("id").longValue();
    }

    /** The CSV export, header checked, lines sorted by customer id. */
    private static List<String> export(long id) throws Exception {
        HttpResponse<String> csv = api.get("rfm/snapshots/" + id + "/customers.csv");
        assertEquals(200, csv.statusCode());
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertEquals("customer_id,recency_days,frequency,monetary,r,f,m", lines.get(0));
        return lines.subList(1, lines.size()).stream().sorted().collect(Collectors.toList());
    }

    private static Map<Integer, Long> cellCounts(long snapshot) throws Exception {
        Map<Integer, Long> counts = new HashMap<>();
        for (JsonValue v : MarketingApi.object(api.get("rfm/snapshots/" + snapshot).body()).getJsonArray("crossTab")) {
            counts.put(v.asJsonObject().getInt("cell"), v.asJsonObject().getJsonNumber("customers").longValue());
        }
        return counts;
    }

    private static Map<Integer, Long> without0(Map<Integer, Long> sums) {
        Map<Integer, Long> copy = new HashMap<>(sums);
        copy.remove(0);
        return copy;
    }
}
