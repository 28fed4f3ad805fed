package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Customer 360 over the JSON API of the deployed EAR (issue 8 §1 and §5): MEM-01 search and
 * registration, MEM-02 the customer's page data, MEM-05 user-defined fields, MEM-06 erasure and
 * the roles allowed to erase and export. HTTP only: a browser is started once, in CustomerPageEarIT.
 */
class CustomerSearchEarIT {

    private final StaffApi api = StaffApi.admin();

    /** Registers a customer with this phone and e-mail; returns the created JSON. */
    private String register(String name, String phone, String email) throws Exception {
        HttpResponse<String> created = api.post("customers", "{\"name\":\"" + name + "\",\"phone\":\"" + phone
                + "\",\"email\":\"" + email + "\",\"address\":\"서울특별시 강남구 역삼동 123번지 4호\","
                + "\"consents\":{\"email\":true,\"sms\":true}}");
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/admin/api/customers/" + StaffApi.field(created.body(), "id")), created.headers().toString());
        return created.body();
    }

    private static String id(String json) {
        return StaffApi.field(json, "id");
    }

    @Test
    void mem01_aPhoneNumberWrittenAnyWayFindsTheOneCustomer() throws Exception {
        String phone = StaffApi.uniqueMobile();
        String created = register("전화검색", phone, "phone" + System.nanoTime() + "@example.com");
        String digits = phone.replace("-", "");
        String international = "+82 " + digits.substring(1, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
        for (String spelling : new String[] {phone, digits, international}) {
            HttpResponse<String> found = api.search(spelling, null);
            assertEquals(200, found.statusCode(), found.body());
            assertEquals("1", StaffApi.field(found.body(), "total"), spelling + " → " + found.body());
            assertEquals(id(created), id(found.body()), spelling);
        }
    }

    @Test
    void mem01_emailAnyCaseMemberNumberAndImportedIdFindTheCustomer() throws Exception {
        String email = "Case" + System.nanoTime() + "@Example.com";
        String created = register("메일검색", StaffApi.uniqueMobile(), email);
        assertEquals(id(created), id(api.search("  " + email.toUpperCase() + " ", null).body()));
        assertEquals(id(created), id(api.search(StaffApi.field(created, "memberNo"), null).body()));

        String externalId = "C-" + System.nanoTime();
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement("insert into member (member_no,"
                + " name, member_type, origin, external_source, external_id, joined_at, updated_at, name_key)"
                + " values (nextval(member_no_seq), '가져온고객', 'REGULAR', 'IMPORT', 'IT', ?, now(3), now(3), '가져온고객')")) {
            ps.setString(1, externalId);
            ps.executeUpdate();
        }
        HttpResponse<String> imported = api.search(externalId, null);
        assertEquals("1", StaffApi.field(imported.body(), "total"), imported.body());
        assertEquals("IMPORT", StaffApi.field(imported.body(), "origin"));
    }

    @Test
    void mem01_wrongFieldsAreAnswered422InKoreanAndNothingIsStored() throws Exception {
        String phone = "010-12";
        HttpResponse<String> refused = api.post("customers", "{\"name\":\"\",\"phone\":\"" + phone + "\","
                + "\"email\":\"not-an-address\",\"birthDate\":\"2099-01-01\",\"hobby\":\"주민번호 " + "800517" + "-" + 1 + "000001" + "\","
                + "\"car\":\"" + "가".repeat(61) + "\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("필수 입력 항목입니다.", StaffApi.field(refused.body(), "name"));
        assertTrue(StaffApi.field(refused.body(), "phone").startsWith("전화번호 형식이 올바르지 않습니다"), refused.body());
        assertTrue(StaffApi.field(refused.body(), "hobby").startsWith("주민등록번호는 저장하지 않습니다"), refused.body());
        assertEquals("최대 60자까지 입력할 수 있습니다.", StaffApi.field(refused.body(), "car"));
        assertTrue(refused.body().contains("\"birthDate\""), refused.body());
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from member where email = 'not-an-address'"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void mem01_anUnknownCustomerIs404ProblemDetails() throws Exception {
        HttpResponse<String> missing = api.get("customers/987654321");
        assertEquals(404, missing.statusCode());
        assertEquals("찾는 항목이 없습니다.", StaffApi.field(missing.body(), "detail"));
    }

    @Test
    void mem01_aSaveOverSomeoneElsesChangeIsRefused() throws Exception {
        String created = register("동시편집", StaffApi.uniqueMobile(), "edit" + System.nanoTime() + "@example.com");
        String path = "customers/" + id(created);
        String form = "\"name\":\"동시편집\",\"phone\":\"" + StaffApi.field(created, "phone") + "\",\"email\":\""
                + StaffApi.field(created, "email") + "\"";
        HttpResponse<String> first = api.put(path, "{\"version\":" + StaffApi.field(created, "version") + ","
                + form + ",\"hobby\":\"등산\"}");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("admin", StaffApi.field(first.body(), "updatedBy"));
        HttpResponse<String> stale = api.put(path, "{\"version\":" + StaffApi.field(created, "version") + ","
                + form + ",\"hobby\":\"낚시\"}");
        assertEquals(422, stale.statusCode(), stale.body());
        assertTrue(StaffApi.field(stale.body(), "version").startsWith("그 사이에 다른 직원이"), stale.body());
        assertEquals("등산", StaffApi.field(api.get(path).body(), "hobby"));
    }

    @Test
    void mem06_theEmailOfACustomerWhoConsentedToEmailCannotBeRemoved() throws Exception {
        String created = register("동의유지", StaffApi.uniqueMobile(), "keep" + System.nanoTime() + "@example.com");
        HttpResponse<String> refused = api.put("customers/" + id(created), "{\"name\":\"동의유지\",\"phone\":\""
                + StaffApi.field(created, "phone") + "\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(StaffApi.field(refused.body(), "email").startsWith("이메일 수신 동의가 있는 동안에는"), refused.body());
        assertEquals(StaffApi.field(created, "email"), StaffApi.field(api.get("customers/" + id(created)).body(), "email"));
    }

    @Test
    void mem01_theMemberCardIsAPdfWithNameAndNumber() throws Exception {
        String created = register("카드발급", StaffApi.uniqueMobile(), "card" + System.nanoTime() + "@example.com");
        HttpResponse<String> issued = api.post("customers/" + id(created) + "/card", null);
        assertEquals(201, issued.statusCode(), issued.body());
        String cardNo = StaffApi.field(issued.body(), "cardNo");
        assertTrue(cardNo.startsWith(StaffApi.field(created, "memberNo") + "01"), cardNo);

        HttpResponse<byte[]> pdf = api.getBytes("customers/" + id(created) + "/card/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("카드발급"), text);
            assertTrue(text.replace(" ", "").contains(cardNo), text);
        }
    }

    @Test
    void mem05_aNumberFieldIsStoredAsANumberAndNonsenseIsRefused() throws Exception {
        String code = "visits_" + Long.toString(System.nanoTime(), 36).toLowerCase();
        HttpResponse<String> defined = api.post("customer-fields",
                "{\"code\":\"" + code + "\",\"label\":\"매장 방문\",\"type\":\"NUMBER\"}");
        assertEquals(201, defined.statusCode(), defined.body());
        String created = register("필드값", StaffApi.uniqueMobile(), "field" + System.nanoTime() + "@example.com");
        String path = "customers/" + id(created) + "/fields";

        HttpResponse<String> refused = api.put(path, "{\"" + code + "\":\"열두 번\"}");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(200, api.put(path, "{\"" + code + "\":\"1,200.50\"}").statusCode());
        try (Connection c = StaffApi.db(); PreparedStatement ps = c.prepareStatement("select v.number_value,"
                + " v.text_value, v.updated_by from customer_field_value v join customer_field f on f.id = v.field_id"
                + " where f.code = ? and v.customer_id = ?")) {
            ps.setString(1, code);
            ps.setLong(2, Long.parseLong(id(created)));
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(0, new java.math.BigDecimal("1200.5").compareTo(rs.getBigDecimal(1)));
                assertEquals(null, rs.getString(2));
                assertEquals("admin", rs.getString(3));
            }
        }
    }

    @Test
    void mem02_thePageDataHasConsentsWithSourceAndNotesWithWhoAndWhen() throws Exception {
        String created = register("상세보기", StaffApi.uniqueMobile(), "page" + System.nanoTime() + "@example.com");
        String path = "customers/" + id(created);
        assertEquals(201, api.post(path + "/notes", "{\"kind\":\"CALL_IN\",\"body\":\"배송일 문의 전화\"}").statusCode());
        HttpResponse<String> optOut = api.put(path + "/consents", "{\"email\":false,\"sms\":true}");
        assertEquals(200, optOut.statusCode(), optOut.body());
        String page = optOut.body();
        assertTrue(page.contains("{\"at\":"), page);
        assertTrue(page.contains("\"kind\":\"CALL_IN\",\"subject\":\"배송일 문의 전화\",\"by\":\"admin\""), page);
        assertTrue(page.contains("{\"channel\":\"EMAIL\",\"granted\":false,"), page);
        assertTrue(page.matches("(?s).*\\{\"channel\":\"EMAIL\",\"granted\":false,\"changedAt\":\"[^\"]+\",\"source\":\"STAFF\"}.*"),
                page);
        assertEquals("0", StaffApi.field(page, "usable"));
    }

    @Test
    void mem06_erasureAnonymisesKeepsTheOrderHidesFromSearchAndIsLogged() throws Exception {
        String phone = StaffApi.uniqueMobile();
        String created = register("삭제요청", phone, "erase" + System.nanoTime() + "@example.com");
        long customerId = Long.parseLong(id(created));
        String slip = "9" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
        try (Connection c = StaffApi.db()) {
            order(c, customerId, slip);
        }
        HttpResponse<String> erased = api.post("customers/" + customerId + "/erasure", "{\"reason\":\"본인 요청\"}");
        assertEquals(200, erased.statusCode(), erased.body());

        String after = api.get("customers/" + customerId).body();
        assertEquals("(삭제된 고객)", StaffApi.field(after, "name"));
        assertEquals("null", StaffApi.field(after, "phone"));
        assertEquals("null", StaffApi.field(after, "email"));
        assertEquals("null", StaffApi.field(after, "address"));
        assertEquals(StaffApi.field(created, "memberNo"), StaffApi.field(after, "memberNo"));
        assertTrue(after.contains("{\"channel\":\"SMS\",\"granted\":false,"), after);
        assertEquals("0", StaffApi.field(api.search(phone, null).body(), "total"));
        assertEquals("1", StaffApi.field(api.search(StaffApi.field(created, "memberNo"), "includeErased=true").body(),
                "total"));
        String orders = api.get("customers/" + customerId + "/orders").body();
        assertEquals(slip, StaffApi.field(orders, "slipNo"), orders);
        assertEquals("12000", StaffApi.field(orders, "totalAmount"));
        try (Connection c = StaffApi.db()) {
            assertEquals("1 12000", one(c, "select count(*), max(total_amount) from customer_order where slip_no = ?", slip));
            assertEquals("admin 본인 요청", one(c, "select actor, detail from audit_log where action = 'CUSTOMER_ERASED'"
                    + " and target_id = ?", StaffApi.field(created, "memberNo")));
        }
        assertEquals(422, api.put("customers/" + customerId, "{\"name\":\"되살리기\",\"phone\":\"" + phone + "\"}")
                .statusCode(), "an erased customer cannot be filled in again");
    }

    @Test
    void mem06_marketingEditsButOnlyTheAdministratorErasesOrExports() throws Exception {
        String login = StaffApi.newStaffWithRole("mkt", "MARKETING");
        StaffApi marketing = new StaffApi(login, AdminBrowser.STAFF_PASSWORD);
        HttpResponse<String> created = marketing.post("customers", "{\"name\":\"마케팅등록\",\"phone\":\""
                + StaffApi.uniqueMobile() + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(login, StaffApi.field(created.body(), "createdBy"));
        String id = id(created.body());

        HttpResponse<String> erase = marketing.post("customers/" + id + "/erasure", "{}");
        assertEquals(403, erase.statusCode(), erase.body());
        assertEquals("이 작업을 할 권한이 없습니다.", StaffApi.field(erase.body(), "detail"));
        assertEquals(403, marketing.get("customers/" + id + "/export").statusCode());
        assertFalse(api.get("customers/" + id).body().contains("\"erased\":true"));

        HttpResponse<String> export = api.get("customers/" + id + "/export");
        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (Connection c = StaffApi.db()) {
            assertEquals("1", one(c, "select count(*) from audit_log where action = 'CUSTOMER_EXPORTED' and target_id = ?",
                    StaffApi.field(created.body(), "memberNo")));
        }
    }

    /** A cancelled order of 12,000 won long ago: history that erasure must keep, and no other test sees. */
    static void order(Connection c, long customerId, String slip) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into customer_order (slip_no, member_id, status,"
                + " channel, staff_login, branch_code, total_amount, recipient_kind, recipient_name, recipient_phone,"
                + " recipient_postal_code, recipient_address, ordered_at, cancelled_at)"
                + " values (?, ?, 'CANCELLED', 'PHONE', 'admin', '0001', 12000, 'HOME', '삭제요청', '010-0000-0000',"
                + " '06236', '서울 강남구', '2001-02-03 10:00:00', '2001-02-03 10:30:00')")) {
            ps.setString(1, slip);
            ps.setLong(2, customerId);
            ps.executeUpdate();
        }
    }

    private static String one(Connection c, String sql, String param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), sql);
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                return row.toString();
            }
        }
    }
}
