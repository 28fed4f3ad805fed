package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFM snapshots (MKT-01) by their rule, over a fixture whose scores were worked out by hand
 * (docs/rfm.md): ten customers with ties that fall across tile edges (three with recency 30,
 * three with monetary 100), a purchase after the reference date and a cancelled one that do not
 * count, and a customer with purchases only after it who is not scored. The fixture is a saved
 * segment, so the snapshot is over it alone. Also: the CSV export, the migration matrix's sums,
 * a segment made from a cell, and MKT-13 (a paid storefront order is a purchase at once).
 */
class RfmSnapshotMkt01EarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final LocalDate D = LocalDate.of(2026, 6, 30);
    /** customer index → expected recency, frequency, monetary, r, f, m */
    private static final Map<Integer, int[]> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put(1, new int[] {1, 1, 100, 5, 1, 2});
        EXPECTED.put(2, new int[] {1, 3, 300, 5, 4, 4});
        EXPECTED.put(3, new int[] {10, 2, 100, 4, 3, 2});
        EXPECTED.put(4, new int[] {10, 2, 500, 4, 3, 4});
        EXPECTED.put(5, new int[] {30, 1, 50, 2, 1, 1});
        EXPECTED.put(6, new int[] {30, 5, 1000, 3, 5, 5});
        EXPECTED.put(7, new int[] {30, 1, 100, 3, 2, 3});
        EXPECTED.put(8, new int[] {90, 2, 200, 2, 4, 3});
        EXPECTED.put(9, new int[] {365, 1, 10, 1, 2, 1});
        EXPECTED.put(10, new int[] {365, 4, 700, 1, 5, 5});
    }

    private static String prefix;
    private static long segment;

    @BeforeAll
    static void fixture() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        AdminBrowser.databaseUrl("cannot write the RFM fixture");
        prefix = "T" + String.format("%06d", System.currentTimeMillis() % 1_000_000);
        try (Connection db = connect()) {
            for (int i = 1; i <= 11; i++) {
                long id = customer(db, i);
                switch (i) {
                    case 1 -> buy(db, id, i, 1, 100);
                    case 2 -> { buy(db, id, i, 1, 100); buy(db, id, i, 20, 100); buy(db, id, i, 40, 100); }
                    case 3 -> { buy(db, id, i, 10, 50); buy(db, id, i, 50, 50); }
                    case 4 -> { buy(db, id, i, 10, 250); buy(db, id, i, 11, 250); }
                    case 5 -> buy(db, id, i, 30, 50);
                    case 6 -> { for (int d = 30; d <= 34; d++) { buy(db, id, i, d, 200); } }
                    case 7 -> buy(db, id, i, 30, 100);
                    case 8 -> { buy(db, id, i, 90, 100); buy(db, id, i, 100, 100); }
                    case 9 -> { buy(db, id, i, 365, 10); buy(db, id, i, -1, 999); }
                    case 10 -> {
                        for (int d = 365; d <= 368; d++) {
                            buy(db, id, i, d, 175);
                        }
                        cancelledPurchase(db, id, i, 5, 5000);
                    }
                    default -> buy(db, id, i, -3, 80);
                }
            }
            try (Statement s = db.createStatement()) {
                s.executeUpdate("update member set external_id = '" + prefix + "-X10', external_source = 'rfm-test'"
                        + " where member_no = '" + number(10) + "'");
            }
        }
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            ids.add(number(i));
        }
        var body = Json.createObjectBuilder().add("name", "RFM 시험 " + prefix)
                .add("customers", Json.createArrayBuilder(ids)).build().toString();
        HttpResponse<String> made = post("api/segments", body);
        assertEquals(201, made.statusCode(), made.body());
        JsonObject seg = json(made.body());
        assertEquals(11, seg.getInt("customers"));
        segment = seg.getJsonNumber("id").longValue();
    }

    @Test
    void mkt01ScoresFollowTheNtileRuleWithTiesBrokenByCustomerNumber() throws Exception {
        JsonObject snapshot = snapshot(D);
        assertEquals(10, snapshot.getInt("customers"), "the customer with purchases only after D is not scored");
        long id = snapshot.getJsonNumber("id").longValue();
        HttpResponse<String> csv = get("api/rfm/snapshots/" + id + "/customers.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\n");
        assertEquals("customer_id,recency_days,frequency,monetary,r,f,m", lines[0]);
        assertEquals(11, lines.length, csv.body());
        for (int i = 1; i <= 10; i++) {
            int[] e = EXPECTED.get(i);
            String id10 = i == 10 ? prefix + "-X10" : number(i);
            assertEquals(id10 + "," + e[0] + "," + e[1] + "," + e[2] + "," + e[3] + "," + e[4] + "," + e[5], lines[i],
                    "customer " + i + " (imported customers give their source id)");
        }
        HttpResponse<java.io.InputStream> xlsx = HTTP.send(HttpRequest.newBuilder(
                        URI.create(AdminBrowser.adminUrlOrSkip() + "api/rfm/snapshots/" + id + "/customers.xlsx"))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, xlsx.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.body())) {
            var sheet = book.getSheetAt(0);
            assertEquals(10, sheet.getLastRowNum(), "a header and ten customers, as in the CSV");
            assertEquals(number(2), sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(544, (int) (sheet.getRow(2).getCell(4).getNumericCellValue() * 100
                    + sheet.getRow(2).getCell(5).getNumericCellValue() * 10 + sheet.getRow(2).getCell(6).getNumericCellValue()));
        }
        JsonObject detail = json(get("api/rfm/snapshots/" + id).body());
        int counted = 0;
        for (JsonValue v : detail.getJsonArray("crossTab")) {
            JsonObject cell = v.asJsonObject();
            counted += cell.getInt("customers");
            if (cell.getInt("cell") == 544) {
                assertEquals("VIP", cell.getString("grade"), "value 544 with weights 100/10/1");
                assertEquals(300, cell.getJsonNumber("revenue").intValue());
            }
        }
        assertEquals(10, counted);
    }

    @Test
    void mkt01TheMigrationMatrixCountsEveryCustomerOnce() throws Exception {
        long before = snapshot(D).getJsonNumber("id").longValue();
        long after = snapshot(D.plusDays(30)).getJsonNumber("id").longValue();
        HttpResponse<String> answer = get("api/rfm/migration?from=" + before + "&to=" + after);
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject matrix = json(answer.body());
        Map<Integer, Integer> fromTotals = new LinkedHashMap<>();
        int newcomers = 0;
        for (JsonValue v : matrix.getJsonArray("cells")) {
            JsonObject c = v.asJsonObject();
            fromTotals.merge(c.getInt("from"), c.getInt("customers"), Integer::sum);
            if (c.getInt("from") == 0) {
                newcomers += c.getInt("customers");
            }
        }
        assertEquals(11, matrix.getInt("customers"), "ten scored before, the eleventh after: each once");
        assertEquals(1, newcomers, "the customer who first bought after D");
        assertEquals(1, fromTotals.get(512), "each from-cell adds up to its customers");
        assertEquals(1, fromTotals.get(544));
    }

    @Test
    void mkt02ACellOfTheCrossTabBecomesASavedSegment() throws Exception {
        long id = snapshot(D).getJsonNumber("id").longValue();
        HttpResponse<String> made = post("api/segments", Json.createObjectBuilder().add("name", "최근 구매 " + prefix)
                .add("snapshot", id).add("cell", "500").build().toString());
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(2, json(made.body()).getInt("customers"), "R = 5: customers 1 and 2");
        String csv = get(made.headers().firstValue("Location").orElseThrow().replaceFirst(".*/admin/", "")
                + "/customers.csv").body();
        assertTrue(csv.contains(number(1)) && csv.contains(number(2)) && !csv.contains(number(3)), csv);
    }

    @Test
    void mkt01TheRfmPageShowsTheGridAndACellClickSavesItsCustomersAsASegment() throws Exception {
        long id = snapshot(D).getJsonNumber("id").longValue();
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(org.openqa.selenium.By.id("topForm:menuRfm"));
            String title = browser.text(org.openqa.selenium.By.id("rfmForm:gridTitle"));
            assertTrue(title.contains(D.toString()) && title.contains("10명"), "the newest snapshot (" + id + "): " + title);
            // R5 × F4: customer 2 alone (544)
            var cell = browser.find(org.openqa.selenium.By.cssSelector("#rfGrid td.cell-54 a"));
            assertEquals("1", cell.getText().trim());
            cell.click();
            String made = browser.awaitText(org.openqa.selenium.By.id("rfmForm:segmentMade"), "1");
            assertTrue(made.contains("RFM " + D + " 셀 54*"), made);
            browser.screenshot("rfm-grid-segment");
        }
        try (Connection db = connect(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select c.member_no from customer_segment g join customer_segment_member m on m.segment_id = g.id"
                        + " join member c on c.id = m.customer_id where g.definition = 'rfm snapshot " + id
                        + " cell 54*'")) {
            assertTrue(rs.next());
            assertEquals(number(2), rs.getString(1));
            assertTrue(!rs.next(), "one customer in the segment");
        }
    }

    @Test
    void mkt01RefusesAReferenceDateThatIsNotADate() throws Exception {
        HttpResponse<String> refused = post("api/rfm/snapshots", "{\"referenceDate\":\"2026-13-40\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(json(refused.body()).getJsonObject("errors").getString("referenceDate").contains("기준일"));
    }

    @Test
    void mkt13APaidStorefrontOrderIsAPurchaseAtOnce() throws Exception {
        Storefront.PaidOrder order = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        try (Connection db = connect(); PreparedStatement ps = db.prepareStatement("select p.customer_id, p.amount,"
                + " o.total_amount, p.purchased_on, c.frequency, c.last_purchase from purchase_history p"
                + " join customer_order o on o.slip_no = p.source_ref and o.member_id = p.customer_id"
                + " join customer_rfm_current c on c.customer_id = p.customer_id"
                + " where p.source = 'SHOP' and p.source_ref = ?")) {
            ps.setString(1, order.slipNo());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "a purchase row for slip " + order.slipNo());
                assertEquals(0, rs.getBigDecimal(2).compareTo(rs.getBigDecimal(3)), "the order's amount");
                assertTrue(rs.getInt(5) >= 1);
                assertEquals(rs.getDate(4), rs.getDate(6), "the customer's last purchase is this one");
                assertTrue(!rs.next(), "exactly one row for the slip");
            }
        }
    }

    private static JsonObject snapshot(LocalDate day) throws Exception {
        HttpResponse<String> taken = post("api/rfm/snapshots", Json.createObjectBuilder()
                .add("referenceDate", day.toString()).add("segment", segment).build().toString());
        assertEquals(201, taken.statusCode(), taken.body());
        return json(taken.body());
    }

    private static String number(int i) {
        return prefix + String.format("%02d", i);
    }

    private static long customer(Connection db, int i) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("insert into member (member_no, name, phone, email, postal_code,"
                + " address, member_type, origin, joined_at, updated_at) values (?, ?, '010-0000-0000', ?, '06236',"
                + " '서울 강남구', 'REGULAR', 'STAFF', now(3), now(3))", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, number(i));
            ps.setString(2, "고객" + i);
            ps.setString(3, number(i).toLowerCase() + "@example.com");
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void buy(Connection db, long customer, int i, int daysBeforeD, int amount) throws SQLException {
        purchase(db, customer, i, daysBeforeD, amount, false);
    }

    private static void cancelledPurchase(Connection db, long customer, int i, int daysBeforeD, int amount)
            throws SQLException {
        purchase(db, customer, i, daysBeforeD, amount, true);
    }

    private static void purchase(Connection db, long customer, int i, int daysBeforeD, int amount, boolean cancelled)
            throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("insert into purchase_history (customer_id, purchased_on,"
                + " amount, quantity, source, source_ref, cancelled) values (?, ?, ?, 1, 'TEST', ?, ?)")) {
            ps.setLong(1, customer);
            ps.setDate(2, Date.valueOf(D.minusDays(daysBeforeD)));
            ps.setInt(3, amount);
            ps.setString(4, number(i) + "-" + daysBeforeD + "-" + cancelled);
            ps.setBoolean(5, cancelled);
            ps.executeUpdate();
        }
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(AdminBrowser.adminUrlOrSkip() + path))
                .header("Authorization", basic()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(AdminBrowser.adminUrlOrSkip() + path))
                .header("Authorization", basic()).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("admin:market25!".getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("market25.db.url"), System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }
}
