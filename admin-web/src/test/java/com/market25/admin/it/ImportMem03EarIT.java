package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * MEM-03 bulk import through the API and the back office: the two real data sets, the member
 * numbers in id order, a later file attaching to the customers of an earlier one, the same file
 * refused, merge-purge with Korean spellings, and the page from upload to the rejects download.
 *
 * <p>The two data sets can be imported once per database (that is the rule under test): when the
 * database already holds them, the 409 names the earlier job and its figures are checked instead.
 */
class ImportMem03EarIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Path DATA = Paths.get(System.getProperty("market25.data.dir", "../../shared/data"));
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void mem03_theCdnowLogThroughTheApiGivesOneOrderPerLineAndOneCustomerPerId() throws Exception {
        Path file = dataFile("cdnow-master.txt");
        List<String> lines = Files.readAllLines(file);
        Set<String> ids = new HashSet<>();
        BigDecimal cents = BigDecimal.ZERO;
        for (String line : lines) {
            String[] cells = line.strip().split("\\s+");
            ids.add(cells[0]);
            cents = cents.add(new BigDecimal(cells[3]).movePointRight(2));
        }
        assertEquals(69_659, lines.size());
        assertEquals(23_544, ids.size(), "distinct ids of this copy (the data README: 23,544 of the original 23,570)");

        JsonObject job = awaitDone(startedOrEarlier(file, "cdnow"));
        assertEquals("DONE", job.getString("status"), job.toString());
        assertEquals(69_659, job.getInt("rowsRead"));
        assertEquals(69_659, job.getInt("imported"));
        assertEquals(0, job.getInt("rejected"));
        assertEquals(69_659, job.getInt("orders"));
        assertEquals(23_544, job.getInt("customersCreated") + job.getInt("customersMatched"));
        String ref = job.getString("sha256").substring(0, 16) + ":%";
        assertEquals(69_659, count("select count(*) from purchase_history where source = 'IMPORT_CDNOW' and source_ref like ?", ref));
        assertEquals(cents.longValueExact(), count("select sum(amount) from purchase_history where source = 'IMPORT_CDNOW'"
                + " and source_ref like ?", ref), "amounts kept exactly, in cents");
        assertEquals(23_544, count("select count(distinct customer_id) from purchase_history where source = 'IMPORT_CDNOW'"
                + " and source_ref like ?", ref));
        assertEquals(0, count("select count(*) from customer_order o join member m on m.id = o.member_id"
                + " where m.external_source = 'CDNOW'"), "imports never become shop orders");
        assertEquals(0, count("select count(*) from (select cast(member_no as unsigned) no, lag(cast(member_no as unsigned))"
                + " over (order by cast(external_id as unsigned)) prev from member where external_source = 'CDNOW'"
                + " and import_job_id = ?) x where no < prev", job.getJsonNumber("id").longValue()),
                "member numbers ascend with the CDNOW ids");
        System.out.println("[MEM-03] CDNOW job " + job.getInt("id") + " took " + job.getJsonNumber("elapsedSeconds") + " s");
    }

    @Test
    void mem03_theOnlineRetailSampleGroupsInvoicesCancelsCInvoicesAndReportsLinesWithoutCustomer() throws Exception {
        Path file = dataFile("online-retail-sample.csv");
        Set<String> invoices = new HashSet<>();
        Set<String> cancelled = new HashSet<>();
        int good = 0;
        int withoutCustomer = 0;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String invoice = r.get("InvoiceNo");
                int quantity = Integer.parseInt(r.get("Quantity"));
                boolean ok = !r.get("CustomerID").isBlank() && new BigDecimal(r.get("UnitPrice")).signum() > 0
                        && (invoice.startsWith("C") ? quantity < 0 : quantity > 0);
                withoutCustomer += r.get("CustomerID").isBlank() ? 1 : 0;
                if (ok) {
                    good++;
                    invoices.add(invoice);
                    if (invoice.startsWith("C")) {
                        cancelled.add(invoice);
                    }
                }
            }
        }
        JsonObject job = awaitDone(startedOrEarlier(file, "online-retail"));
        long id = job.getJsonNumber("id").longValue();
        assertEquals(30_000, job.getInt("rowsRead"));
        assertEquals(good, job.getInt("imported"));
        assertEquals(30_000 - good, job.getInt("rejected"));
        assertEquals(invoices.size(), job.getInt("orders"), "one order per invoice");
        String ref = job.getString("sha256").substring(0, 16) + ":%";
        assertEquals(invoices.size(), count("select count(*) from purchase_history where source = 'IMPORT_RETAIL'"
                + " and source_ref like ?", ref));
        assertEquals(cancelled.size(), count("select count(*) from purchase_history where source = 'IMPORT_RETAIL'"
                + " and source_ref like ? and cancelled and source_ref like '%:C%'", ref), "C invoices are cancellations");
        assertEquals(0, count("select count(*) from purchase_history where source = 'IMPORT_RETAIL' and source_ref like ?"
                + " and (amount <= 0 or quantity <= 0)", ref), "stored with positive amounts");

        String report = get("api/imports/" + id + "/rejects").body();
        List<String> noCustomer = report.lines().filter(l -> l.contains(",CustomerID,") && l.endsWith("고객 ID가 없습니다.")).toList();
        assertEquals(withoutCustomer, noCustomer.size(), report.lines().limit(5).toList().toString());
        assertTrue(report.startsWith("\uFEFF행,열,값,사유"), "a Korean header Excel reads as UTF-8");
    }

    @Test
    void mem03_customersAreNumberedInIdOrderAndALaterFileAttachesToThem() throws Exception {
        long base = 1_000_000L + RANDOM.nextInt(8_000_000);
        String a = String.valueOf(base * 1000 + 2);
        String b = String.valueOf(base * 1000 + 9);
        String c = "000" + (base * 1000 + 10); // leading zeros: still the number …010
        String d = String.valueOf(base * 1000 + 100);
        String first = String.join("\n", d + " 20220103 1 10.00", c + " 20220102 2 20.00", "bad line",
                a + " 20220101 1 5.50", b + " 20221301 1 1.00", b + " 20220105 3 30.00", d + " 20220106 1 1.00") + "\n";
        JsonObject one = awaitDone(started(first, "cdnow"));
        assertEquals(4, one.getInt("customersCreated"));
        assertEquals(5, one.getInt("imported"));
        assertEquals(2, one.getInt("rejected"));
        List<String> byNumber = strings("select external_id from member where external_source = 'CDNOW' and import_job_id = ?"
                + " order by cast(member_no as unsigned)", one.getJsonNumber("id").longValue());
        assertEquals(List.of(a, b, c, d), byNumber, "member numbers follow the ids as numbers, not the lines");

        String next = String.join("\n", b + " 20220201 1 7.00", a + " 20220202 1 8.00", (base * 1000 + 3) + " 20220203 1 9.00") + "\n";
        JsonObject two = awaitDone(started(next, "cdnow"));
        assertEquals(1, two.getInt("customersCreated"));
        assertEquals(2, two.getInt("customersMatched"));
        assertEquals(2, count("select count(*) from purchase_history p join member m on m.id = p.customer_id"
                + " where m.external_source = 'CDNOW' and m.external_id = ?", a), "next month's order joins the first");
        assertEquals(2, count("select count(*) from purchase_history p join member m on m.id = p.customer_id"
                + " where m.external_source = 'CDNOW' and m.external_id = ?", b), "its line with a bad date is not in");

        String report = get("api/imports/" + one.getInt("id") + "/rejects").body();
        assertTrue(report.contains("3,-,bad line,열 개수가 맞지 않습니다. (4개여야 합니다)"), report);
        assertTrue(report.contains("5,date,20221301,날짜가 올바르지 않습니다. (yyyymmdd 형식)"), report);
    }

    @Test
    void mem03_theSameFileTwiceIsRefusedWith409NamingTheEarlierJob() throws Exception {
        String file = (1_000_000 + RANDOM.nextInt(8_000_000)) + " 20220101 1 1.00\n";
        long first = started(file, "cdnow");
        HttpResponse<String> again = post(file, "cdnow");
        assertEquals(409, again.statusCode(), again.body());
        JsonObject problem = json(again.body());
        assertEquals(first, problem.getJsonNumber("earlierJob").longValue());
        assertTrue(problem.getString("detail").contains("이미 가져온 파일입니다"), problem.toString());
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("/api/imports/" + first));
        awaitDone(first);
        assertEquals(422, post(file, "nonsense").statusCode(), "an unknown format is refused");
    }

    @Test
    void mem03_aCustomerListMergesSureDuplicatesAndQueuesDoubtfulOnes() throws Exception {
        int n = 1000 + RANDOM.nextInt(8999);
        String run = Integer.toString(n);
        String csv = "이름,휴대폰,이메일,주소,회사명\n"
                + "홍길동,010-" + n + "-1111,,,\n"
                + "홍 길동,+82 10 " + n + " 1111,,,\n"
                + "김민재,010-" + n + "-2222,MinJae." + run + "@Example.com,,\n"
                + "김민재,010-" + n + "-3333, minjae." + run + "@example.com ,,\n"
                + "안미란,010-" + n + "-4444,,서울특별시 강남구 역삼동 " + run + "번지 4호,\n"
                + "안 미란,010-" + n + "-5555,,서울 강남구 역삼동 " + run + "-4,\n"
                + ",,,서울 어딘가,\n";
        JsonObject job = awaitDone(started(csv, "customers-csv"));
        long id = job.getJsonNumber("id").longValue();
        assertEquals(7, job.getInt("rowsRead"));
        assertEquals(1, job.getInt("rejected"), "a line without name, phone and e-mail");
        assertEquals(2, job.getInt("customersMerged"), "same phone, same e-mail: merged at once");
        assertEquals(4, job.getInt("customersCreated"));
        assertEquals(1, job.getInt("reviewPairs"), "same name and address, other phone: waits for staff");
        assertEquals(List.of("PHONE", "EMAIL"), strings("select rule from member_merge where job_id = ? order by id", id));
        assertEquals(2, count("select count(*) from member where import_job_id = ? and merged_into is not null", id),
                "merged customers are kept, pointing at the one they were merged into");
        assertEquals(1, count("select count(*) from merge_candidate c join member a on a.id = c.member_a"
                + " where c.job_id = ? and c.rule = 'NAME_ADDRESS' and c.status = 'OPEN' and a.name = '안미란'", id));

        long survivor = count("select merged_into from member where import_job_id = ? and merged_into is not null"
                + " and replace(name, ' ', '') = '홍길동'", id);
        String survivorNo = strings("select member_no from member where id = ?", survivor).get(0);
        var byPhone = json(get("api/customers?q=" + "010-" + n + "-1111").body()).getJsonArray("items");
        assertEquals(2, byPhone.size(), "the search by phone finds the survivor and the customer merged into it");
        assertEquals(List.of(survivorNo), byPhone.stream().map(JsonObject.class::cast)
                .filter(r -> !r.isNull("mergedInto")).map(r -> r.getString("mergedInto")).toList());
        var base = json(get("api/customers?origin=IMPORT&size=200").body()).getJsonArray("items");
        assertTrue(base.stream().map(JsonObject.class::cast).anyMatch(r -> r.getJsonNumber("id").longValue() == survivor),
                "the survivor is in the customer list");
        assertTrue(base.stream().map(JsonObject.class::cast).allMatch(r -> r.isNull("mergedInto")),
                "merged customers are left out of the list without search text");

        // staff merge the doubtful pair on the page (newest pair first), then undo it
        long b = count("select member_b from merge_candidate where job_id = ?", id);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("imports.xhtml");
            assertTrue(browser.text(By.cssSelector("[id='reviewForm:candidateTable_data'] > tr")).contains("안 미란"));
            browser.click(By.id("reviewForm:candidateTable:0:keepA"));
            assertTrue(browser.awaitText(By.id("messages"), "병합했습니다").length() > 0);
            assertEquals(count("select member_a from merge_candidate where job_id = ?", id),
                    count("select merged_into from member where id = ?", b), "B merged into A");
            assertEquals(1, count("select count(*) from audit_log where action = 'CUSTOMERS_MERGED' and target_id = ?",
                    String.valueOf(b)));
            browser.click(By.id("reviewForm:mergeTable:0:undo"));
            assertTrue(browser.awaitText(By.id("messages"), "되돌렸습니다").length() > 0);
        }
        assertEquals(0, count("select count(*) from member where id = ? and merged_into is not null", b), "undone");
        assertEquals("OPEN", strings("select status from merge_candidate where job_id = ?", id).get(0),
                "the pair is back on the review list");
        assertEquals(1, count("select count(*) from audit_log where action = 'CUSTOMER_MERGE_UNDONE' and target_id = ?",
                String.valueOf(b)));
    }

    @Test
    void mem03_thePageUploadsShowsProgressToDoneAndGivesTheRejects() throws Exception {
        Path upload = Files.createTempFile("cdnow-page-", ".txt");
        long idBase = 1_000_000L + RANDOM.nextInt(8_000_000);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append(idBase * 100 + i % 50).append(" 2022010").append(1 + i % 9).append(" 1 ").append(i % 90 + 1).append(".25\n");
        }
        text.append(idBase).append(" 2022-01-01 1 3.00\n");
        Files.writeString(upload, text);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("imports.xhtml");
            // CDNOW is the format the page offers first
            browser.find(By.cssSelector("input[type='file']")).sendKeys(upload.toString());
            browser.find(By.id("importForm:btnUpload")).click();
            String done = browser.awaitText(By.id("progressForm:progressText"), "완료");
            assertTrue(done.contains("2,001행 읽음") && done.contains("2,000행 가져옴") && done.contains("1행 거부"), done);
            WebElement link = browser.find(By.id("progressForm:rejects"));
            String href = link.getAttribute("href");
            Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
            HttpResponse<String> csv = HTTP.send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode());
            assertTrue(csv.body().contains("2001,date,2022-01-01,날짜가 올바르지 않습니다."), csv.body());
            browser.screenshot("imports-done");
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @Test
    void mem03_aCustomerListGoesThroughTheMappingStepWithASavedMapping() throws Exception {
        int n = 1000 + RANDOM.nextInt(8999);
        Path upload = Files.createTempFile("customers-page-", ".csv");
        Files.writeString(upload, "번호,성명,비고,연락처\n1,최지우,VIP,010-" + n + "-7001\n2,최 지우,,+82 10 " + n + " 7001\n",
                StandardCharsets.UTF_8);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("imports.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "PrimeFaces.getWidgetById('importForm:format').selectValue('CUSTOMERS_CSV')");
            assertTrue(browser.text(By.id("importForm:format_label")).contains("고객 목록 CSV"));
            browser.find(By.cssSelector("input[type='file']")).sendKeys(upload.toString());
            browser.find(By.id("importForm:btnUpload")).click();
            browser.screenshot("imports-mapping");
            browser.find(By.id("mappingForm:mappingTable"));
            String mapping = browser.text(By.id("mappingForm:mappingTable"));
            assertTrue(mapping.contains("B: 성명") && mapping.contains("D: 연락처"), "guessed from the header: " + mapping);
            browser.type(By.id("mappingForm:mappingName"), "화면시험" + n);
            browser.click(By.id("mappingForm:btnSaveMapping"));
            assertTrue(browser.awaitText(By.id("messages"), "저장했습니다").contains("화면시험" + n));
            browser.find(By.id("mappingForm:btnStart")).click();
            String done = browser.awaitText(By.id("progressForm:resultText"), "자동 병합 1명");
            assertTrue(done.contains("새 고객 1명"), done);
        } finally {
            Files.deleteIfExists(upload);
        }
        assertEquals(1, count("select count(*) from import_mapping where name = ?", "화면시험" + n));
    }

    // ------------------------------------------------------------------ helpers

    private static Path dataFile(String name) {
        Path file = DATA.resolve(name);
        if (!Files.isReadable(file)) {
            file = Paths.get("/work/shared/data").resolve(name);
        }
        assertTrue(Files.isReadable(file), "data set " + name + " not found (market25.data.dir)");
        return file;
    }

    /** Starts the import of a data set, or answers the job that imported it before (409). */
    private static long startedOrEarlier(Path file, String format) throws Exception {
        HttpResponse<String> r = HTTP.send(request("api/imports?format=" + format + "&name=" + file.getFileName())
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 409) {
            return json(r.body()).getJsonNumber("earlierJob").longValue();
        }
        assertEquals(202, r.statusCode(), r.body());
        return json(r.body()).getJsonNumber("id").longValue();
    }

    private static long started(String content, String format) throws Exception {
        HttpResponse<String> r = post(content, format);
        assertEquals(202, r.statusCode(), r.body());
        long id = json(r.body()).getJsonNumber("id").longValue();
        assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/api/imports/" + id));
        return id;
    }

    private static HttpResponse<String> post(String content, String format) throws IOException, InterruptedException {
        return HTTP.send(request("api/imports?format=" + format).POST(HttpRequest.BodyPublishers.ofString(content,
                StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(AdminBrowser.adminUrlOrSkip() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (AdminBrowser.STAFF + ":" + AdminBrowser.STAFF_PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonObject awaitDone(long id) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            HttpResponse<String> r = get("api/imports/" + id);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject job = json(r.body());
            if (!"RUNNING".equals(job.getString("status"))) {
                assertEquals("DONE", job.getString("status"), job.toString());
                return job;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("import " + id + " still running: " + job);
            }
            Thread.sleep(200);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<String> strings(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static Connection connect() throws SQLException {
        AdminBrowser.databaseUrl("the import's rows are checked in the database");
        return DriverManager.getConnection(System.getProperty("market25.db.url"), System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }
}
