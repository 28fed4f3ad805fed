package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * MKT-02 over user-defined fields (issue 8 §1, §4), through the real API only: the administrator
 * defines a text, a number, a date and a code-list field ({@code /customer-fields}), staff fill them
 * in for six customers ({@code /customers/{id}/fields}), and saved segments ({@code /segments})
 * pick exactly the customers the values say, alone, nested with NOT / OR, and for "has no value";
 * an unknown option code or field is refused with a Korean 422; a segment over a field switched
 * off afterwards still evaluates.
 *
 * <p>Every field is new in each run, so only this run's customers have values; a fifth text field
 * ("묶음") holds the run's tag for all six and scopes the rules whose NOT would otherwise reach every
 * customer in the database.
 */
class SegmentUserFieldMkt02EarIT {

    private static final String RUN = Long.toString(Math.floorMod(System.nanoTime(), 2_821_109_907_456L), 36);
    private static final String SCOPE = "seg_s_" + RUN;
    private static final String HOBBY = "seg_t_" + RUN;
    private static final String VISITS = "seg_n_" + RUN;
    private static final String WEDDING = "seg_d_" + RUN;
    private static final String GRADE = "seg_c_" + RUN;

    /**
     * K1 … K6: hobby (TEXT), visits (NUMBER), wedding day (DATE), grade (CODE); null = not filled in.
     * K6 has only the scope.
     */
    private static final String[][] VALUES = {
        {"K1", "등산", "3", "2020-05-17", "GOLD"},
        {"K2", "낚시", "12.5", "2021-11-02", "SILVER"},
        {"K3", "등산", "0.75", null, "BRONZE"},
        {"K4", "독서", null, "2019-01-31", "GOLD"},
        {"K5", null, "100", "2020-12-31", null},
        {"K6", null, null, null, null},
    };

    private static StaffApi api;
    /** K1 … → member number, the id the segment's CSV lists */
    private static final Map<String, String> MEMBER_NO = new LinkedHashMap<>();
    /** K1 … → the customer's id in the API */
    private static final Map<String, String> ID = new LinkedHashMap<>();

    @BeforeAll
    static void defineFieldsAndFillThemIn() throws Exception {
        api = StaffApi.admin();
        // labels carry the run, so the builder's picker has exactly one of each
        define(SCOPE, "세그먼트 IT 묶음 " + RUN, "TEXT", null);
        define(HOBBY, "취미 " + RUN, "TEXT", null);
        define(VISITS, "매장 방문 횟수 " + RUN, "NUMBER", null);
        define(WEDDING, "결혼기념일 " + RUN, "DATE", null);
        define(GRADE, "고객 등급 " + RUN, "CODE", "GOLD=골드\\nSILVER=실버\\nBRONZE=브론즈");
        for (String[] v : VALUES) {
            HttpResponse<String> created = api.post("customers", "{\"name\":\"필드 세그먼트 " + v[0] + "\",\"phone\":\""
                    + StaffApi.uniqueMobile() + "\"}");
            assertEquals(201, created.statusCode(), created.body());
            MEMBER_NO.put(v[0], StaffApi.field(created.body(), "memberNo"));
            ID.put(v[0], StaffApi.field(created.body(), "id"));
            StringBuilder fields = new StringBuilder("{\"" + SCOPE + "\":\"" + RUN + "\"");
            String[] codes = {HOBBY, VISITS, WEDDING, GRADE};
            for (int i = 0; i < codes.length; i++) {
                if (v[i + 1] != null) {
                    fields.append(",\"").append(codes[i]).append("\":\"").append(v[i + 1]).append('"');
                }
            }
            HttpResponse<String> filled = api.put("customers/" + ID.get(v[0]) + "/fields",
                    fields.append('}').toString());
            assertEquals(200, filled.statusCode(), filled.body());
        }
    }

    /** Leaves the picker of the demo's builder as it was: this run's fields are switched off. */
    @AfterAll
    static void switchOffThisRunsFields() throws Exception {
        switchOff(SCOPE, HOBBY, VISITS, WEDDING, GRADE);
    }

    @Test
    void eachKindOfFieldPicksExactlyItsCustomers() throws Exception {
        assertMembers("text, any of", scoped(value(HOBBY, "등산", "독서")), "K1", "K3", "K4");
        assertMembers("number between, decimals, both ends included", scoped(value(VISITS, "3", "12.5")), "K1", "K2");
        assertMembers("number from, open above", scoped(value(VISITS, "10", "")), "K2", "K5");
        assertMembers("number up to, a decimal bound", scoped(value(VISITS, "", "0.8")), "K3");
        assertMembers("dates in 2020", scoped(value(WEDDING, "2020-01-01", "2020-12-31")), "K1", "K5");
        assertMembers("dates up to", scoped(value(WEDDING, "", "2019-12-31")), "K4");
        assertMembers("code list, any of", scoped(value(GRADE, "GOLD", "BRONZE")), "K1", "K3", "K4");
    }

    @Test
    void hasAValueAndHasNoValue() throws Exception {
        assertMembers("no number", scoped(filled(VISITS, false)), "K4", "K6");
        assertMembers("a code filled in", scoped(filled(GRADE, true)), "K1", "K2", "K3", "K4");
        assertMembers("NOT (a date filled in)", scoped(not(filled(WEDDING, true))), "K3", "K6");
    }

    @Test
    void nestedWithNotAndOr() throws Exception {
        // GOLD but not 등산 (K4), or no wedding day and at least 0.5 visits (K3)
        String either = group("OR", false,
                group("AND", false, value(GRADE, "GOLD"), not(value(HOBBY, "등산"))),
                group("AND", false, filled(WEDDING, false), value(VISITS, "0.5", "")));
        assertMembers("OR of ANDs with NOT", scoped(either), "K3", "K4");
        // NOT (등산 OR SILVER): whoever has neither, including those with no hobby or no grade at all
        assertMembers("NOT of an OR group", scoped(group("OR", true, value(HOBBY, "등산"), value(GRADE, "SILVER"))),
                "K4", "K5", "K6");

        HttpResponse<String> count = api.post("segments/count", "{\"rule\":" + scoped(either) + "}");
        assertEquals(200, count.statusCode(), count.body());
        assertEquals(2, MarketingApi.object(count.body()).getInt("customers"), "the builder's live count");
    }

    @Test
    void unknownOptionsAndFieldsAreRefusedInKorean() throws Exception {
        HttpResponse<String> option = api.post("segments", "{\"name\":\"없는 등급\",\"rule\":"
                + scoped(value(GRADE, "GOLD", "PLATINUM")) + "}");
        assertEquals(422, option.statusCode(), option.body());
        assertTrue(option.body().contains("코드 목록에 없는 값"), option.body());
        HttpResponse<String> label = api.post("segments/count", "{\"rule\":" + value(GRADE, "골드") + "}");
        assertEquals(422, label.statusCode(), "an option's label is not its code: " + label.body());

        HttpResponse<String> field = api.post("segments", "{\"name\":\"없는 필드\",\"rule\":"
                + value("seg_x_" + RUN, "1") + "}");
        assertEquals(422, field.statusCode(), field.body());
        assertTrue(field.body().contains("없는 사용자 정의 필드"), field.body());

        // the type is the server's: a number field does not take words, a date field no 30 February
        assertEquals(422, api.post("segments/count", "{\"rule\":" + value(VISITS, "많이", "") + "}").statusCode());
        assertEquals(422, api.post("segments/count", "{\"rule\":" + value(WEDDING, "2020-02-30", "") + "}").statusCode());
        assertFalse(api.get("segments").body().contains("없는 등급"), "nothing was saved");
    }

    @Test
    void aSegmentOverAFieldSwitchedOffLaterStillEvaluates() throws Exception {
        String code = "seg_o_" + RUN;
        define(code, "예전 분류", "CODE", "A=가\\nB=나");
        assertEquals(200, api.put("customers/" + ID.get("K1") + "/fields", "{\"" + code + "\":\"A\"}").statusCode());
        assertEquals(200, api.put("customers/" + ID.get("K2") + "/fields", "{\"" + code + "\":\"B\"}").statusCode());
        long id = save("예전 분류 A " + RUN, scoped(value(code, "A")), 1);
        switchOff(code);
        assertTrue(api.get("customer-fields").body().contains("\"code\":\"" + code + "\",\"label\":\"예전 분류\","
                + "\"type\":\"CODE\",\"active\":false"), "switched off");

        HttpResponse<String> again = api.post("segments/" + id + "/evaluation", null);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(1, MarketingApi.object(again.body()).getInt("customers"));
        assertEquals(Set.of(MEMBER_NO.get("K1")), members(id));
    }

    /**
     * The builder in a browser: the fields are offered by label in their own section, each with its
     * input, and the count follows (only this run's customers have values in these fields).
     */
    @Test
    void theBuilderOffersEachFieldWithItsInputAndCounts() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSegments"));
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객");
            browser.click(By.id("segmentForm:rows:0:addCondition"));

            assertEquals("사용자 정의 필드", pickField(browser, "고객 등급 " + RUN), "the field's section");
            browser.click(By.id("segmentForm:rows:1:userCodes"));
            for (String label : new String[] {"골드", "브론즈"}) {
                browser.click(By.xpath("//div[@id='segmentForm:rows:1:userCodes_panel']//li[.//label[normalize-space()='"
                        + label + "']]//div[contains(@class,'ui-chkbox-box')]"));
            }
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 3명");
            browser.screenshot("segment-user-field-codes");
            browser.click(By.xpath("//div[@id='segmentForm:rows:1:userMatch']//div[.//span[normalize-space()='값 있음']]"));
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 4명");

            pickField(browser, "매장 방문 횟수 " + RUN);
            browser.type(By.id("segmentForm:rows:1:userMin"), "10");
            browser.find(By.id("segmentForm:rows:1:userMin")).sendKeys(Keys.TAB);
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 2명");

            pickField(browser, "취미 " + RUN);
            browser.type(By.cssSelector("[id='segmentForm:rows:1:userTexts'] input"), "등산");
            browser.find(By.cssSelector("[id='segmentForm:rows:1:userTexts'] input")).sendKeys(Keys.ENTER);
            browser.awaitAjax();
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 2명");
            browser.type(By.cssSelector("[id='segmentForm:rows:1:userTexts'] input"), "독서");
            browser.find(By.cssSelector("[id='segmentForm:rows:1:userTexts'] input")).sendKeys(Keys.ENTER);
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 3명");
            browser.screenshot("segment-user-field-texts");
        }
    }

    /** A saved rule over user-defined fields comes back into the builder with its inputs filled in. */
    @Test
    void aSavedRuleLoadsIntoTheBuilder() throws Exception {
        // married in 2020 (K1, K5) and NOT without a grade (K1)
        long id = save("필드 세그먼트 " + RUN + " 빌더로", scoped(group("AND", false,
                value(WEDDING, "2020-01-01", "2020-12-31"), not(filled(GRADE, false)))), 1);
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.click(By.id("topForm:menuSegments"));
            browser.click(By.cssSelector("tr.segment-" + id + " button[id$='btnEdit']"));
            browser.awaitText(By.id("segmentForm:countPanel"), "대상 고객 1명");
            // rows: 0 the rule, 1 the scope, 2 the inner group, 3 the wedding day, 4 the grade
            assertEquals("결혼기념일 " + RUN, browser.text(By.id("segmentForm:rows:3:field_label")));
            assertEquals("2020-01-01", browser.find(By.id("segmentForm:rows:3:userFrom_input")).getAttribute("value"));
            assertEquals("2020-12-31", browser.find(By.id("segmentForm:rows:3:userTo_input")).getAttribute("value"));
            assertEquals("값 없음", browser.text(By.cssSelector("[id='segmentForm:rows:4:userMatch'] .ui-state-active")));
            assertTrue(browser.find(By.id("segmentForm:rows:4:not_input")).isSelected(), "NOT kept");
            browser.screenshot("segment-user-field-loaded");
        }
    }

    /**
     * Picks the field by its label the way staff do with a long list: types part of it into the
     * picker's filter and clicks the one item left; returns the label of its section.
     */
    private static String pickField(AdminBrowser browser, String label) {
        By item = By.xpath("//div[@id='segmentForm:rows:1:field_panel']//li[@data-label='" + label + "']");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        String section = null;
        for (int attempt = 1; ; attempt++) {
            browser.click(By.id("segmentForm:rows:1:field_label"));
            browser.type(By.id("segmentForm:rows:1:field_filter"), label);
            browser.wait.until(ExpectedConditions.elementToBeClickable(item));
            // the panel fades in and is aligned to the menu afterwards: click once it stands still
            browser.wait.until(d -> Boolean.TRUE.equals(js.executeScript("return !jQuery(PrimeFaces.escapeClientId("
                    + "'segmentForm:rows:1:field_panel')).is(':animated');")));
            WebElement li = browser.find(item);
            section = li.findElement(By.xpath("preceding-sibling::li[contains(concat(' ', normalize-space(@class), ' '),"
                    + " ' ui-selectonemenu-item-group ')][1]"))
                    .getAttribute("textContent").trim();
            li.click();
            browser.awaitAjax();
            try {
                new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                        .until(d -> d.findElement(By.id("segmentForm:rows:1:field_label")).getText().contains(label));
                return section;
            } catch (org.openqa.selenium.TimeoutException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    browser.awaitText(By.id("segmentForm:rows:1:field_label"), label);
                    return section;
                }
            }
        }
    }

    // ---- helpers ----

    private static void define(String code, String label, String type, String options) throws Exception {
        HttpResponse<String> defined = api.post("customer-fields", "{\"code\":\"" + code + "\",\"label\":\"" + label
                + "\",\"type\":\"" + type + "\"" + (options == null ? "" : ",\"options\":\"" + options + "\"") + "}");
        assertEquals(201, defined.statusCode(), defined.body());
    }

    private static void switchOff(String... codes) throws Exception {
        try (Connection c = StaffApi.db();
                PreparedStatement ps = c.prepareStatement("UPDATE customer_field SET active = FALSE WHERE code = ?")) {
            for (String code : codes) {
                ps.setString(1, code);
                ps.executeUpdate();
            }
        }
    }

    private static String value(String code, String... values) {
        return "{\"field\":\"USER_FIELD\",\"code\":\"" + code + "\",\"values\":["
                + Arrays.stream(values).map(v -> "\"" + v + "\"").collect(Collectors.joining(",")) + "]}";
    }

    private static String filled(String code, boolean yes) {
        return "{\"field\":\"USER_FIELD_FILLED\",\"code\":\"" + code + "\",\"values\":[" + yes + "]}";
    }

    private static String not(String rule) {
        return "{\"not\":true," + rule.substring(1);
    }

    private static String group(String op, boolean not, String... parts) {
        return "{\"op\":\"" + op + "\",\"not\":" + not + ",\"rules\":[" + String.join(",", parts) + "]}";
    }

    /** The rule within this run's six customers. */
    private static String scoped(String rule) {
        return group("AND", false, value(SCOPE, RUN), rule);
    }

    private static void assertMembers(String what, String rule, String... expected) throws Exception {
        long id = save("필드 세그먼트 " + RUN + " " + what, rule, expected.length);
        Set<String> want = Arrays.stream(expected).map(MEMBER_NO::get).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(want, members(id), what + ": " + rule);
    }

    private static long save(String name, String rule, int customers) throws Exception {
        HttpResponse<String> saved = api.post("segments", "{\"name\":\"" + name + "\",\"rule\":" + rule + "}");
        assertEquals(201, saved.statusCode(), saved.body());
        JsonObject segment = MarketingApi.object(saved.body());
        assertEquals(customers, segment.getInt("customers"), name + ": " + saved.body());
        return segment.getJsonNumber("id").longValue();
    }

    private static Set<String> members(long segment) throws Exception {
        HttpResponse<String> csv = api.get("segments/" + segment + "/customers.csv");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals("customer_id", lines[0]);
        return Arrays.stream(lines).skip(1).collect(Collectors.toCollection(TreeSet::new));
    }
}
