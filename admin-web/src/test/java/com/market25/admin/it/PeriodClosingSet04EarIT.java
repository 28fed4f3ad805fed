package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * 기간 마감 (SET-04): a range of business days closed by one background job, through the API
 * (HTTP Basic) and on the settlement page, with its progress; each day of the range gets exactly
 * one run of the job, the closing of a day with a paid order counts it, and closing the same range
 * again gives the same closing (rewritten, never added up).
 */
class PeriodClosingSet04EarIT {

    private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void set04_apiRefusesAnUnauthenticatedCallerWithAProblem() throws Exception {
        String admin = AdminBrowser.adminUrlOrSkip();
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(admin + "api/settlement/periods/1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(anonymous.body().contains("인증해 주세요"), anonymous.body());

        HttpResponse<String> wrong = HTTP.send(HttpRequest.newBuilder(URI.create(admin + "api/settlement/periods/1"))
                .header("Authorization", basic("admin", "not-the-password")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void set04_aRangeEndingTodayIsRefusedAndStartsNothing() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        AdminBrowser.databaseUrl("cannot count period closings");
        long before = count("select count(*) from settlement_period");
        LocalDate today = LocalDate.now(KOREA);
        HttpResponse<String> refused = start(today.minusDays(3), today);
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject problem = json(refused.body());
        assertTrue(problem.getJsonObject("errors").getString("to").contains("아직 끝나지 않은 영업일"), refused.body());
        assertEquals(before, count("select count(*) from settlement_period"), "no period closing was opened");

        HttpResponse<String> reversed = start(today.minusDays(3), today.minusDays(5));
        assertEquals(422, reversed.statusCode(), reversed.body());
        assertTrue(json(reversed.body()).getJsonObject("errors").getString("to").contains("앞설 수 없습니다"));
    }

    @Test
    void set04_aPeriodClosesEveryDayOnceAndClosingItAgainChangesNothing() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        AdminBrowser.databaseUrl("cannot move an order into the period");
        LocalDate day = LocalDate.now(KOREA).minusDays(45);
        Storefront.PaidOrder order = Storefront.newPaidOrder(AdminBrowser.storefrontUrl());
        payOn(order.slipNo(), day);
        LocalDate first = day.minusDays(2);
        LocalDate last = day.plusDays(2);

        JsonObject done = awaitFinished(started(first, last));
        assertEquals("DONE", done.getString("status"), done.toString());
        assertEquals(5, done.getInt("daysTotal"));
        assertEquals(5, done.getInt("daysDone"));
        assertEquals(100, done.getInt("percent"));
        long period = done.getJsonNumber("id").longValue();
        assertEquals(5, count("select count(distinct business_date) from settlement_run where period_id = " + period
                + " and trigger_kind = 'PERIOD' and status = 'DONE'"), "one run per day");
        assertEquals(5, count("select count(*) from settlement_run where period_id = " + period), "no day twice");
        long cardOrders = count("select coalesce(sum(order_count), 0) from daily_closing where closing_date = '" + day
                + "' and payment_method = 'CARD'");
        assertTrue(cardOrders >= 1, "the order paid on " + day + " is in that day's closing");
        assertEquals(count("select coalesce(sum(order_count), 0) from daily_closing where closing_date between '"
                + first + "' and '" + last + "'"), done.getInt("ordersClosed"), "the job's count is the closings'");

        JsonObject again = awaitFinished(started(first, last));
        assertEquals("DONE", again.getString("status"));
        assertEquals(done.getInt("ordersClosed"), again.getInt("ordersClosed"), "the same orders, not twice as many");
        assertEquals(cardOrders, count("select coalesce(sum(order_count), 0) from daily_closing where closing_date = '"
                + day + "' and payment_method = 'CARD'"), "the closing was rewritten, not added to");
    }

    @Test
    void set04_thePageStartsAPeriodAndShowsItsProgressToTheEnd() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        LocalDate last = LocalDate.now(KOREA).minusDays(70);
        LocalDate first = last.minusDays(9);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSettlement"));
            type(browser, "settlementForm:periodFrom_input", first.toString());
            type(browser, "settlementForm:periodTo_input", last.toString());
            browser.click(By.id("settlementForm:btnPeriod"));
            assertTrue(browser.awaitText(By.id("messages"), "기간 마감을 시작했습니다").contains("10일"));
            String finished = browser.awaitText(By.id("settlementForm:periodText"), "완료");
            assertTrue(finished.contains("10/10일"), finished);
            assertTrue(finished.contains(first.toString()) && finished.contains(last.toString()), finished);
            WebElement newest = browser.find(By.cssSelector("[id='settlementForm:runTable_data'] > tr"));
            assertTrue(newest.getText().contains("기간 마감"), newest.getText());
            browser.screenshot("settlement-period-done");
        }
    }

    /**
     * Puts a date into a date picker's text field as the form submits it. Typing into two date
     * pickers one after the other sometimes lost the second field's keys to the first one's
     * closing calendar, so the value is set on the field itself.
     */
    private static void type(AdminBrowser browser, String id, String value) {
        WebElement field = browser.find(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].value = arguments[1];", field, value);
        assertEquals(value, field.getAttribute("value"), id);
    }

    private static long started(LocalDate first, LocalDate last) throws Exception {
        HttpResponse<String> response = start(first, last);
        assertEquals(202, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        long id = json(response.body()).getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/settlement/periods/" + id), location);
        return id;
    }

    private static HttpResponse<String> start(LocalDate first, LocalDate last) throws Exception {
        String body = Json.createObjectBuilder().add("from", first.toString()).add("to", last.toString()).build().toString();
        return HTTP.send(HttpRequest.newBuilder(URI.create(AdminBrowser.adminUrlOrSkip() + "api/settlement/periods"))
                .header("Authorization", basic("admin", "market25!"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject awaitFinished(long id) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(AdminBrowser.adminUrlOrSkip() + "api/settlement/periods/" + id))
                    .header("Authorization", basic("admin", "market25!")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject progress = json(response.body());
            if (!"RUNNING".equals(progress.getString("status"))) {
                return progress;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("period closing " + id + " still running: " + progress);
            }
            Thread.sleep(200);
        }
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void payOn(String slipNo, LocalDate day) throws SQLException {
        Timestamp noon = Timestamp.valueOf(day.atTime(12, 0));
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("update payment p join customer_order o"
                + " on o.id = p.order_id set p.completed_at = ?, o.paid_at = ? where o.slip_no = ? and p.status = 'APPROVED'")) {
            ps.setTimestamp(1, noon);
            ps.setTimestamp(2, noon);
            ps.setString(3, slipNo);
            assertEquals(2, ps.executeUpdate(), "payment and order of slip " + slipNo + " moved to " + day);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(System.getProperty("market25.db.url"), System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }
}
