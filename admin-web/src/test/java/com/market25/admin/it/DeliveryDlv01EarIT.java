package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DLV-01 and SHOP-07 종적조회 against the deployed EAR: real paid orders from the storefront,
 * moved by the logistics desk through /admin/api/delivery, checked in the database and on the
 * customer's order page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryDlv01EarIT {

    private final DeliveryApi api = new DeliveryApi();
    private List<String> paid;
    private String unpaid;

    @BeforeAll
    void orders() throws Exception {
        paid = new ArrayList<>(DeliveryFixture.paidOrders(16));
        unpaid = DeliveryFixture.unpaidOrder();
    }

    private List<String> take(int n) {
        List<String> some = new ArrayList<>(paid.subList(0, n));
        paid.subList(0, n).clear();
        return some;
    }

    @Test
    @DisplayName("DLV-01 배송지시 in bulk moves the paid slips and reports each refused slip with its reason")
    void bulkInstructionReportsRefusedSlips() throws Exception {
        List<String> slips = take(2);
        List<String> selection = List.of(slips.get(0), unpaid, slips.get(1), "9999999998");
        HttpResponse<String> answer = api.post("instructions", DeliveryApi.slips(selection));
        assertEquals(200, answer.statusCode(), answer.body());
        String report = answer.body();
        assertEquals("2", DeliveryApi.field(report, "done"), report);
        assertEquals("2", DeliveryApi.field(report, "refused"), report);
        String refusedUnpaid = DeliveryApi.outcomeOf(report, unpaid);
        assertEquals("REFUSED", DeliveryApi.field(refusedUnpaid, "outcome"));
        assertEquals("입금 전인 전표입니다.", DeliveryApi.field(refusedUnpaid, "reason"));
        assertEquals("없는 전표번호입니다.", DeliveryApi.field(DeliveryApi.outcomeOf(report, "9999999998"), "reason"));
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(slips.get(0)));
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(slips.get(1)));
        assertEquals("RECEIVED", Storefront.statusInDatabase(unpaid), "the refused slip stayed as it was");
        assertEquals(1, count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ? and c.to_status = 'DELIVERY_INSTRUCTED' and c.changed_by = 'admin'", slips.get(0)));

        String again = api.post("instructions", DeliveryApi.slips(List.of(slips.get(0)))).body();
        assertEquals("ALREADY", DeliveryApi.field(DeliveryApi.outcomeOf(again, slips.get(0)), "outcome"),
                "a second instruction (double click) changes nothing");
    }

    @Test
    @DisplayName("DLV-01 a carrier file with bad rows: each bad row is reported with its line and a Korean reason, the rest goes in")
    void uploadReportsBadRowsAndTakesTheRest() throws Exception {
        List<String> s = take(4);
        instruct(s.subList(0, 3));
        String t1 = DeliveryFixture.trackingNumber(1);
        String t4 = DeliveryFixture.trackingNumber(4);
        String csv = "전표번호,송장번호,택배사\r\n"
                + s.get(0) + "," + t1 + ",CJ대한통운\r\n"
                + s.get(1) + ",12345,CJ대한통운\r\n"
                + "9999999997," + DeliveryFixture.trackingNumber(2) + ",CJ대한통운\r\n"
                + s.get(3) + "," + DeliveryFixture.trackingNumber(3) + ",CJ대한통운\r\n"
                + s.get(2) + "," + t4 + ",한진택배\r\n"
                + s.get(1) + "," + t1 + ",CJ대한통운\r\n";
        HttpResponse<String> answer = api.upload("parcels/upload", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer.body());
        String report = answer.body();
        assertEquals("2", DeliveryApi.field(report, "done"), report);
        assertEquals("4", DeliveryApi.field(report, "refused"), report);
        List<String> lines = DeliveryApi.outcomes(report);
        assertEquals(List.of("2", "3", "4", "5", "6", "7"), lines.stream().map(o -> DeliveryApi.field(o, "line")).toList(),
                "rows are numbered as the file counts its lines, the header being line 1");
        assertEquals("CJ대한통운 송장번호는 10~12자리입니다(입력: 5자리).", DeliveryApi.field(lines.get(1), "reason"));
        assertEquals("없는 전표번호입니다.", DeliveryApi.field(lines.get(2), "reason"));
        assertEquals("배송지시 전인 전표입니다. 먼저 배송지시해 주세요.", DeliveryApi.field(lines.get(3), "reason"));
        assertEquals("다른 전표(" + s.get(0) + ")에 이미 등록된 송장번호입니다.", DeliveryApi.field(lines.get(5), "reason"));
        assertEquals(1, parcels(s.get(0)));
        assertEquals(0, parcels(s.get(1)));
        assertEquals(1, parcels(s.get(2)));
        assertEquals(0, parcels(s.get(3)));
    }

    @Test
    @DisplayName("DLV-01 the same carrier workbook uploaded twice creates each parcel once")
    void theSameWorkbookTwiceCreatesNothingTwice() throws Exception {
        List<String> s = take(2);
        instruct(s);
        byte[] workbook = workbook(List.of(
                new String[] {"주문번호", "운송장번호", "택배사"},
                new String[] {s.get(0), DeliveryFixture.trackingNumber(11), "CJ"},
                new String[] {s.get(1), DeliveryFixture.trackingNumber(12), "한진택배"}));
        String first = api.upload("parcels/upload", workbook).body();
        assertEquals("2", DeliveryApi.field(first, "done"), first);
        String second = api.upload("parcels/upload", workbook).body();
        assertEquals("0", DeliveryApi.field(second, "done"), second);
        assertEquals("2", DeliveryApi.field(second, "already"), second);
        assertEquals("0", DeliveryApi.field(second, "refused"), second);
        assertEquals(1, parcels(s.get(0)));
        assertEquals(1, parcels(s.get(1)));
    }

    @Test
    @DisplayName("DLV-01 배송완료 one by one, in bulk and from the carrier's file moves the orders to 배송완료; a slip without a parcel is refused")
    void confirmationMovesOrdersToDelivered() throws Exception {
        List<String> s = take(3);
        instruct(s);
        parcel(s.get(0), "CJ", DeliveryFixture.trackingNumber(21));
        String t2 = DeliveryFixture.trackingNumber(22);
        parcel(s.get(1), "HANJIN", t2);

        String report = api.post("deliveries", DeliveryApi.slips(List.of(s.get(0), s.get(2)))).body();
        assertEquals("DONE", DeliveryApi.field(DeliveryApi.outcomeOf(report, s.get(0)), "outcome"), report);
        assertEquals("송장이 등록되지 않은 전표입니다. 송장을 먼저 등록해 주세요.",
                DeliveryApi.field(DeliveryApi.outcomeOf(report, s.get(2)), "reason"));

        // the shop keeps Korean time, whatever the test machine's zone
        LocalDateTime deliveredAt = LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).withSecond(0).withNano(0);
        String file = "송장번호,택배사,배송완료일시\n" + t2 + ",한진택배," + deliveredAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "\n";
        String uploaded = api.upload("deliveries/upload", file.getBytes(StandardCharsets.UTF_8)).body();
        assertEquals("1", DeliveryApi.field(uploaded, "done"), uploaded);

        assertEquals("DELIVERED", Storefront.statusInDatabase(s.get(0)));
        assertEquals("DELIVERED", Storefront.statusInDatabase(s.get(1)));
        assertEquals("DELIVERY_INSTRUCTED", Storefront.statusInDatabase(s.get(2)));
        Object kept = ChannelFixture.rows("select s.delivered_at from shipment s join customer_order o"
                + " on o.id = s.order_id where o.slip_no = ?", s.get(1)).get(0).get("delivered_at");
        assertEquals(deliveredAt, kept instanceof java.sql.Timestamp t ? t.toLocalDateTime() : kept,
                "the carrier's delivery time is kept");
        String again = api.upload("deliveries/upload", file.getBytes(StandardCharsets.UTF_8)).body();
        assertEquals("1", DeliveryApi.field(again, "already"), "the same file again changes nothing: " + again);
    }

    @Test
    @DisplayName("SHOP-07 the customer sees the tracking timeline and the carrier's tracking link on their order page; another member cannot")
    void customerSeesTrackingAndAnotherMemberCannot() throws Exception {
        String slip = take(1).get(0);
        instruct(List.of(slip));
        String number = DeliveryFixture.trackingNumber(31);
        parcel(slip, "CJ", number);

        String owner = DeliveryFixture.owner(slip);
        String page = DeliveryFixture.customer(owner).orderPage(slip);
        assertTrue(page.contains("배송 조회"), page);
        for (String step : List.of("주문", "결제", "배송지시(발송 안내)", "발송", "배송완료")) {
            assertTrue(page.contains(step), step);
        }
        assertTrue(page.contains("CJ대한통운"), page);
        assertTrue(page.contains("href=\"https://trace.cjlogistics.com/next/tracking.html?wblNo=" + number + "\""), page);
        assertTrue(page.contains("data-stage=\"SHIPPED\""), page);

        String someoneElse = DeliveryFixture.CUSTOMERS.stream().filter(c -> !c.equals(owner)).findFirst().orElseThrow();
        String other = DeliveryFixture.customer(someoneElse).orderPage(slip);
        assertFalse(other.contains(number), "another member sees nothing of the parcel");
        assertFalse(other.contains("배송 조회"));
    }

    @Test
    @DisplayName("DLV-01 택배비 정산 counts the parcels of a period per carrier at their fee, once; the period cannot be settled twice")
    void feeSettlementTotalsPerCarrierOnce() throws Exception {
        List<String> s = take(3);
        instruct(s);
        List<String> numbers = List.of(DeliveryFixture.trackingNumber(41), DeliveryFixture.trackingNumber(42),
                DeliveryFixture.trackingNumber(43));
        parcel(s.get(0), "CJ", numbers.get(0));
        parcel(s.get(1), "CJ", numbers.get(1));
        parcel(s.get(2), "HANJIN", numbers.get(2));
        LocalDate day = unsettledDay();
        for (String n : numbers) {
            ChannelFixture.update("update shipment set shipped_at = ? where tracking_no = ?", day.atTime(10, 0), n);
        }
        String carriers = api.get("carriers").body();
        long cjFee = fee(carriers, "CJ");
        long hanjinFee = fee(carriers, "HANJIN");

        String preview = api.get("fees/preview?from=" + day + "&to=" + day).body();
        assertEquals(String.valueOf(2 * cjFee + hanjinFee), DeliveryApi.field(preview, "total"), preview);

        HttpResponse<String> closed = api.post("fees", "{\"from\":\"" + day + "\",\"to\":\"" + day + "\"}");
        assertEquals(201, closed.statusCode(), closed.body());
        String body = closed.body();
        assertEquals("3", DeliveryApi.field(body, "parcels"), body);
        assertEquals(String.valueOf(2 * cjFee + hanjinFee), DeliveryApi.field(body, "total"), body);
        List<String> lines = DeliveryApi.outcomes(body.replace("\"lines\":[", "\"outcomes\":["));
        assertEquals("CJ대한통운", DeliveryApi.field(lines.get(0), "carrier"));
        assertEquals("2", DeliveryApi.field(lines.get(0), "parcels"));
        assertEquals(String.valueOf(2 * cjFee), DeliveryApi.field(lines.get(0), "total"));
        assertEquals("한진택배", DeliveryApi.field(lines.get(1), "carrier"));
        assertEquals("1", DeliveryApi.field(lines.get(1), "parcels"));

        HttpResponse<String> twice = api.post("fees", "{\"from\":\"" + day + "\",\"to\":\"" + day + "\"}");
        assertEquals(422, twice.statusCode(), twice.body());
        assertTrue(twice.body().contains("이미 정산한 기간"), twice.body());
        HttpResponse<String> overlapping = api.post("fees", "{\"from\":\"" + day.minusDays(3) + "\",\"to\":\"" + day.plusDays(3) + "\"}");
        assertEquals(422, overlapping.statusCode(), "an overlapping period would count the same parcels again");
        String id = DeliveryApi.field(body, "id");
        assertEquals(3, count("select count(*) from shipment where settlement_id = ?", id));
        HttpResponse<String> xlsx = api.get("fees/" + id + ".xlsx");
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.body().startsWith("PK"), "an Excel workbook");
    }

    @Test
    @DisplayName("DLV-01 주문관리·운영자 권한이 없는 직원(조회전용, 정산)은 배송지시도 송장 입력·일괄 등록도 할 수 없다 (403)")
    void staffWithoutTheOrdersRoleCannotInstructOrShip() throws Exception {
        String slip = take(1).get(0);
        List<DeliveryApi> others = List.of(
                new DeliveryApi(StaffApi.newStaffWithRole("ro", "READONLY"), AdminBrowser.STAFF_PASSWORD),
                new DeliveryApi(StaffApi.newStaffWithRole("st", "SETTLEMENT"), AdminBrowser.STAFF_PASSWORD));
        for (DeliveryApi clerk : others) {
            assertEquals(403, clerk.post("instructions", DeliveryApi.slips(List.of(slip))).statusCode(), "배송지시");
        }
        assertEquals("PAID", Storefront.statusInDatabase(slip), "not instructed");

        instruct(List.of(slip));
        String number = DeliveryFixture.trackingNumber(61);
        byte[] file = ("전표번호,송장번호,택배사\r\n" + slip + "," + number + ",CJ대한통운\r\n").getBytes(StandardCharsets.UTF_8);
        for (DeliveryApi clerk : others) {
            assertEquals(403, clerk.post("parcels", "{\"slipNo\":\"" + slip + "\",\"carrier\":\"CJ\",\"trackingNo\":\""
                    + number + "\"}").statusCode(), "송장 입력");
            assertEquals(403, clerk.upload("parcels/upload", file).statusCode(), "송장 일괄 등록");
        }
        assertEquals(0, parcels(slip), "no parcel registered");
        assertEquals(200, others.get(0).get("parcels?delivered=false").statusCode(), "조회전용 still looks");
    }

    // ---------------------------------------------------------------- helpers

    private void instruct(List<String> slips) throws Exception {
        String report = api.post("instructions", DeliveryApi.slips(slips)).body();
        assertEquals(String.valueOf(slips.size()), DeliveryApi.field(report, "done"), report);
    }

    private void parcel(String slip, String carrier, String number) throws Exception {
        HttpResponse<String> answer = api.post("parcels", "{\"slipNo\":\"" + slip + "\",\"carrier\":\"" + carrier
                + "\",\"trackingNo\":\"" + number + "\"}");
        assertEquals(201, answer.statusCode(), answer.body());
    }

    private static long parcels(String slip) throws Exception {
        return count("select count(*) from shipment s join customer_order o on o.id = s.order_id where o.slip_no = ?", slip);
    }

    private static long count(String sql, Object... params) throws Exception {
        return ((Number) ChannelFixture.rows(sql, params).get(0).values().iterator().next()).longValue();
    }

    private static long fee(String carriersJson, String code) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"code\":\"" + code
                + "\",\"name\":\"[^\"]*\",\"trackingUrl\":\"[^\"]*\",\"feePerParcel\":(\\d+)").matcher(carriersJson);
        if (!m.find()) {
            throw new AssertionError("no carrier " + code + " in " + carriersJson);
        }
        return Long.parseLong(m.group(1));
    }

    /** A day long ago that no settlement covers, different on each run. */
    private static LocalDate unsettledDay() throws Exception {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(Math.floorMod(System.nanoTime() / 1000, 7000));
        while (count("select count(*) from delivery_fee_settlement where period_from <= ? and period_to >= ?",
                day.plusDays(3), day.minusDays(3)) > 0) {
            day = day.plusDays(11);
        }
        return day;
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("송장");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
