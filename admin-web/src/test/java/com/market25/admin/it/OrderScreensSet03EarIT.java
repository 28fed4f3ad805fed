package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * 전표별 / 결제별 주문관리 and the staff order detail (SET-03) in one browser session, on 25 slips
 * of a branch of their own (more than the 20 of one page): two sort keys on each screen, a fifth
 * key refused, totals equal to SQL over every matching row, a bulk 배송지시 with one slip refused
 * in the report, the Excel export read back with POI, history and a note on the order detail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OrderScreensSet03EarIT {

    private static final int SLIPS = 25;
    /** The server's day (금일) is a Korean day, whatever this JVM's zone. */
    private static final java.time.ZoneId SEOUL = java.time.ZoneId.of("Asia/Seoul");

    private final String branch = String.format("T%03d", ThreadLocalRandom.current().nextInt(1000));
    private final List<String> slips = new ArrayList<>();
    private AdminBrowser browser;

    @BeforeAll
    void slipsOfOwnBranchAndSignedIn() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        try (Connection c = db()) {
            long member = single(c, "select id from member where login_id = 'miran'");
            long product = single(c, "select id from product where code = '" + Storefront.DIMCHAE + "'");
            LocalDateTime now = LocalDateTime.now(SEOUL).withNano(0);
            for (int i = 0; i < SLIPS; i++) {
                String status = i == 0 ? "RECEIVED" : i <= 2 ? "CANCELLED" : "PAID";
                slips.add(slip(c, member, product, status, BigDecimal.valueOf(10_000L * (1 + (i * 7) % 13)),
                        now.minusSeconds(i)));
            }
        }
        browser = AdminBrowser.open().signedIn();
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("SET-03 전표별 주문관리 sorts by two keys (전표상태, then 주문총액) across the branch's slips as the database does")
    void slipsSortedByTwoKeys() throws Exception {
        browser.get("slips.xhtml");
        filterBranch("slipForm");
        sortBy("slipForm:slipTable", "전표상태", false);
        sortBy("slipForm:slipTable", "주문총액", true);
        browser.awaitText(By.id("slipForm:sortInfo"), "2. 주문총액");
        List<String> expected = column("select slip_no from customer_order where branch_code = ?"
                + " order by status asc, total_amount asc, id desc limit 20");
        assertEquals(expected, shownSlips("slipForm:slipTable", "slipNo"));
        browser.screenshot("slips-two-sort-keys");
    }

    @Test
    @Order(2)
    @DisplayName("SET-03 a fifth sort key is refused in Korean and the list keeps its four")
    void fifthSortKeyRefused() {
        sortBy("slipForm:slipTable", "접수직원", true);
        sortBy("slipForm:slipTable", "지사", true);
        sortBy("slipForm:slipTable", "회원명", true);
        browser.awaitText(By.id("messages"), "정렬 기준은 4개까지 고를 수 있습니다");
        assertTrue(browser.text(By.id("slipForm:sortInfo")).contains("4. 지사"));
    }

    @Test
    @Order(3)
    @DisplayName("SET-03 기간내 주문 총액 and the count are the SQL sum over every matching slip, not the page")
    void periodTotalOverAllMatchingSlips() throws Exception {
        browser.get("slips.xhtml");
        filterBranch("slipForm");
        BigDecimal total = decimal("select sum(total_amount) from customer_order where branch_code = ?"
                + " and status <> 'CANCELLED'");
        assertEquals(won(total), browser.text(By.id("slipForm:periodTotal")));
        assertTrue(browser.text(By.id("slipForm:slipCount")).contains(String.valueOf(SLIPS)));
        assertEquals(20, shownSlips("slipForm:slipTable", "slipNo").size(), "one page of 20, totals over 25");
    }

    @Test
    @Order(4)
    @DisplayName("SET-03 bulk 배송지시 moves the paid slips and reports the unpaid one refused with its reason")
    void bulkInstructWithOneRefused() throws Exception {
        String unpaid = slips.get(0);
        List<String> chosen = List.of(unpaid, slips.get(3), slips.get(4));
        browser.get("slips.xhtml");
        filterBranch("slipForm");
        for (String slip : chosen) {
            browser.click(By.xpath("//tbody[@id='slipForm:slipTable_data']/tr[td[contains(@class,'slipNo')][normalize-space()='"
                    + slip + "']]/td[contains(@class,'sel')]//div[contains(@class,'ui-chkbox-box')]"));
        }
        browser.click(By.id("slipForm:bulkInstruct"));
        browser.awaitText(By.id("messages"), "2건 처리, 1건 거절");
        WebElement refused = browser.find(By.xpath("//tbody[@id='slipForm:bulkReport_data']/tr[td[contains(@class,'slipNo')][normalize-space()='"
                + unpaid + "']]"));
        assertEquals("거절", refused.findElement(By.cssSelector("td.result")).getText().trim());
        assertEquals("현재 상태에서는 그 상태로 바꿀 수 없습니다.", refused.findElement(By.cssSelector("td.reason")).getText().trim());
        assertEquals("주문접수", refused.findElement(By.cssSelector("td.status")).getText().trim());
        browser.screenshot("slips-bulk-report");
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(slips.get(3)));
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(slips.get(4)));
        assertEquals("RECEIVED", Storefront.statusInDatabase(unpaid), "the refused slip is as it was");
    }

    @Test
    @Order(5)
    @DisplayName("SET-03 결제별 주문관리 sorts by two keys and totals the approved payments of every matching row")
    void paymentsSortedAndTotalled() throws Exception {
        browser.get("payment-orders.xhtml");
        filterBranch("payForm");
        sortBy("payForm:payTable", "결제금액", false);
        sortBy("payForm:payTable", "결제사", true);
        browser.awaitText(By.id("payForm:sortInfo"), "2. 결제사");
        List<String> expected = column("select o.slip_no from customer_order o join payment p on p.order_id = o.id"
                + " where o.branch_code = ? order by p.amount asc, p.card_company asc, o.id desc, p.id desc limit 20");
        assertEquals(expected, shownSlips("payForm:payTable", "slipNo"));
        BigDecimal approved = decimal("select sum(p.amount) from customer_order o join payment p on p.order_id = o.id"
                + " where o.branch_code = ? and p.status = 'APPROVED'");
        assertEquals(won(approved), browser.text(By.id("payForm:periodTotal")));
        assertTrue(browser.text(By.id("payForm:payTable")).contains("4111-11**-****-1111"), "masked card numbers only");
        browser.screenshot("payments-two-sort-keys");
    }

    @Test
    @Order(6)
    @DisplayName("SET-03 the Excel export holds every matching slip, read back with POI")
    void excelExportHoldsEverySlip() throws Exception {
        browser.get("slips.xhtml");
        filterBranch("slipForm");
        String href = browser.find(By.id("slipForm:export")).getAttribute("href");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, answer.statusCode());
        Set<String> exported = new HashSet<>();
        try (XSSFWorkbook book = new XSSFWorkbook(answer.body())) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("전표번호", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                exported.add(row.getCell(0).getStringCellValue());
                assertEquals(branch, row.getCell(6).getStringCellValue());
            }
        }
        assertEquals(new HashSet<>(slips), exported, "every slip of the filter, none else");
    }

    @Test
    @Order(7)
    @DisplayName("SET-03 인쇄 shows the filter's slips with the period total over all of them")
    void printPageWithTotals() throws Exception {
        String href = browser.find(By.id("slipForm:print")).getAttribute("href");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        BigDecimal total = decimal("select sum(total_amount) from customer_order where branch_code = ?"
                + " and status <> 'CANCELLED'");
        assertTrue(page.body().contains("<span id=\"periodTotal\">" + won(total) + "</span>"), page.body());
        for (String slip : slips) {
            assertTrue(page.body().contains("<td>" + slip + "</td>"), "slip " + slip + " printed");
        }
    }

    @Test
    @Order(8)
    @DisplayName("SET-03 the staff order detail shows member, payments and the full history, and takes a note with who and when")
    void orderDetailWithHistoryAndNote() throws Exception {
        String slip = slips.get(3);
        browser.get("slips.xhtml");
        filterBranch("slipForm");
        browser.find(By.xpath("//tbody[@id='slipForm:slipTable_data']/tr/td[contains(@class,'slipNo')][normalize-space()='"
                + slip + "']")).click();
        browser.awaitAjax();
        browser.awaitText(By.id("slipForm:detailSlipNo"), slip);
        assertTrue(browser.text(By.id("member")).contains("안미란"));
        assertTrue(browser.text(By.id("slipForm:paymentTable")).contains("4111-11**-****-1111"));
        List<String> history = browser.driver.findElements(By.cssSelector("[id='slipForm:historyTable_data'] > tr td.to"))
                .stream().map(e -> e.getText().trim()).toList();
        assertEquals(List.of("주문접수", "입금완료", "배송지시"), history, "the full history, the bulk move included");
        String lastBy = browser.driver.findElements(By.cssSelector("[id='slipForm:historyTable_data'] > tr td.by"))
                .get(2).getText().trim();
        assertEquals(AdminBrowser.STAFF, lastBy);

        browser.type(By.id("slipForm:note"), "고객이 배송 일정을 문의함");
        browser.click(By.id("slipForm:addNote"));
        browser.awaitText(By.id("slipForm:noteTable"), "고객이 배송 일정을 문의함");
        WebElement first = browser.find(By.cssSelector("[id='slipForm:noteTable_data'] > tr"));
        assertEquals(AdminBrowser.STAFF, first.findElement(By.cssSelector("td.by")).getText().trim());
        assertTrue(first.findElement(By.cssSelector("td.at")).getText().startsWith(LocalDate.now(SEOUL).toString()));
        browser.screenshot("order-detail-note");
    }

    // ------------------------------------------------------------------ helpers

    private void filterBranch(String form) {
        browser.click(By.id(form + ":shortcutToday"));
        browser.type(By.id(form + ":branch"), branch);
        browser.click(By.id(form + ":search"));
    }

    /** Clicks a column title; with {@code add} holds Ctrl, as staff add a sort key. */
    private void sortBy(String table, String title, boolean add) {
        WebElement header = browser.find(By.xpath("//div[@id='" + table + "']//th[contains(@class,'ui-sortable-column')]"
                + "//span[contains(@class,'ui-column-title')][normalize-space()='" + title + "']"));
        if (add) {
            new Actions(browser.driver).keyDown(Keys.CONTROL).click(header).keyUp(Keys.CONTROL).perform();
        } else {
            header.click();
        }
        browser.awaitAjax();
    }

    private List<String> shownSlips(String table, String column) {
        browser.awaitAjax();
        return browser.driver.findElements(By.cssSelector("[id='" + table + "_data'] > tr > td." + column)).stream()
                .map(e -> e.getText().trim()).toList();
    }

    private static String won(BigDecimal amount) {
        return String.format("%,d원", amount.longValueExact());
    }

    private String slip(Connection c, long member, long product, String status, BigDecimal amount, LocalDateTime at)
            throws SQLException {
        String slip;
        try (ResultSet rs = c.createStatement().executeQuery("select lpad(nextval(slip_no_seq), 10, '0')")) {
            rs.next();
            slip = rs.getString(1);
        }
        boolean paid = !"RECEIVED".equals(status);
        long order = insert(c, "insert into customer_order (slip_no, member_id, status, channel, staff_login, branch_code,"
                + " total_amount, recipient_kind, recipient_name, recipient_phone, recipient_postal_code, recipient_address,"
                + " ordered_at, paid_at, cancelled_at, version, payment_underway)"
                + " values (?, ?, ?, 'PHONE', 'tester', ?, ?, 'HOME', '안미란', '0333-6582376', '450100', '경기도 평택시 세교동', ?, ?, ?, 0, false)",
                slip, member, status, branch, amount, Timestamp.valueOf(at), paid ? Timestamp.valueOf(at.plusSeconds(1)) : null,
                "CANCELLED".equals(status) ? Timestamp.valueOf(at.plusSeconds(2)) : null);
        insert(c, "insert into order_line (order_id, line_no, product_id, product_code, product_name, quantity, unit_price,"
                + " line_amount, discount_bonus, sponsor_bonus, status, item_state) values (?, 1, ?, ?, '딤채고급형 신형(DP-601)', 1, ?, ?, 0, 0, ?, ?)",
                order, product, Storefront.DIMCHAE, amount, amount, status, status);
        insert(c, "insert into order_status_change (order_id, from_status, to_status, changed_by, changed_at) values (?, null, 'RECEIVED', 'tester', ?)",
                order, Timestamp.valueOf(at));
        if (paid) {
            insert(c, "insert into order_status_change (order_id, from_status, to_status, changed_by, changed_at) values (?, 'RECEIVED', 'PAID', 'PG:test', ?)",
                    order, Timestamp.valueOf(at.plusSeconds(1)));
            insert(c, "insert into payment (order_id, method, payer_name, card_company, installment_months, masked_card_no,"
                    + " gateway_name, approval_no, amount, status, requested_at, authorized_at, completed_at, reference, ordered_at)"
                    + " values (?, 'CARD', '안미란', ?, ?, '4111-11**-****-1111', 'market25-sim', ?, ?, ?, ?, ?, ?, ?, ?)",
                    order, List.of("BC", "KB", "SAMSUNG", "HANA").get(slips.size() % 4), slips.size() % 3 == 0 ? 3 : 0,
                    String.format("%08d", order), amount, "CANCELLED".equals(status) ? "CANCELLED" : "APPROVED",
                    Timestamp.valueOf(at), Timestamp.valueOf(at), Timestamp.valueOf(at.plusSeconds(1)), slip + "-1",
                    Timestamp.valueOf(at));
        }
        if ("CANCELLED".equals(status)) {
            insert(c, "insert into order_status_change (order_id, from_status, to_status, changed_by, changed_at) values (?, 'PAID', 'CANCELLED', 'tester', ?)",
                    order, Timestamp.valueOf(at.plusSeconds(2)));
        }
        return slip;
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, PreparedStatement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, branch);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }

    private BigDecimal decimal(String sql) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, branch);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(AdminBrowser.databaseUrl("the order screens' slips are prepared in the database"),
                System.getProperty("market25.db.user"), System.getProperty("market25.db.password"));
    }
}
