package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ORD-03 phone orders against the deployed EAR: the slip a phone order makes (over the API, as
 * call-centre software would), a form sent twice at once, and the screen staff use (one browser).
 */
class PhoneOrderOrd03EarIT {

    private static long miran;
    private static String adminBranch;

    @BeforeAll
    static void ids() throws Exception {
        try (Connection c = StaffApi.db()) {
            miran = Long.parseLong(single(c, "select id from member where login_id = 'miran'"));
            adminBranch = single(c, "select branch_code from staff where login_id = 'admin'");
        }
    }

    @Test
    @DisplayName("ORD-03 직원이 받은 전화 주문의 전표에는 경로 PHONE, 접수 직원, 직원의 지사가 남는다")
    void phoneOrderSlipRecordsChannelStaffAndBranch() throws Exception {
        StaffApi api = StaffApi.admin();
        HttpResponse<String> answer = api.post("phone-orders", order(formKey(api), "\"payment\":\"PAY_LATER\"",
                "\"logistics\":\"BRANCH_PICKUP\",\"pickupBranch\":\"0010\""));
        assertEquals(201, answer.statusCode(), answer.body());
        String slip = StaffApi.field(answer.body(), "slipNo");
        try (Connection c = StaffApi.db()) {
            assertAll(
                    () -> assertEquals("PHONE|admin|" + adminBranch + "|RECEIVED|540000", single(c,
                            "select concat_ws('|', channel, staff_login, branch_code, status, total_amount)"
                                    + " from customer_order where slip_no = '" + slip + "'")),
                    () -> assertEquals("BRANCH_PICKUP|0010|PAY_LATER", single(c,
                            "select concat_ws('|', p.logistics, p.pickup_branch, p.payment_choice) from phone_order p"
                                    + " join customer_order o on o.id = p.order_id where o.slip_no = '" + slip + "'")),
                    () -> assertEquals("admin", single(c, "select changed_by from order_status_change s join customer_order o"
                            + " on o.id = s.order_id where o.slip_no = '" + slip + "' and s.to_status = 'RECEIVED'")));
        }
    }

    @Test
    @DisplayName("ORD-03 같은 주문 폼을 두 번 동시에 보내도 주문 하나, 카드 승인 하나다")
    void doubleSubmitTakesOneOrder() throws Exception {
        StaffApi api = StaffApi.admin();
        String key = formKey(api);
        String body = order(key, "\"payment\":\"CARD_BY_PHONE\",\"card\":{\"company\":\"BC\","
                + "\"number\":\"4111111111111111\",\"expiryMonth\":\"12\",\"expiryYear\":\"2030\","
                + "\"installmentMonths\":0,\"payerName\":\"안미란\"}", "\"logistics\":\"PARCEL\",\"recipientKind\":\"HOME\"");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<HttpResponse<String>> submit = () -> api.post("phone-orders", body);
            List<Future<HttpResponse<String>>> both = two.invokeAll(List.of(submit, submit));
            HttpResponse<String> first = both.get(0).get();
            HttpResponse<String> second = both.get(1).get();
            assertTrue(first.statusCode() / 100 == 2 && second.statusCode() / 100 == 2,
                    first.statusCode() + " " + first.body() + " / " + second.statusCode() + " " + second.body());
            assertEquals(StaffApi.field(first.body(), "slipNo"), StaffApi.field(second.body(), "slipNo"));
        } finally {
            two.shutdownNow();
        }
        try (Connection c = StaffApi.db()) {
            assertEquals("1", single(c, "select count(*) from customer_order where checkout_key = '" + key + "'"));
            assertEquals("1", single(c, "select count(*) from payment p join customer_order o on o.id = p.order_id"
                    + " where o.checkout_key = '" + key + "'"));
            assertEquals("4111-11**-****-1111", single(c, "select p.masked_card_no from payment p join customer_order o"
                    + " on o.id = p.order_id where o.checkout_key = '" + key + "'"));
        }
    }

    @Test
    @DisplayName("ORD-03 전화 주문 화면에서 고객을 찾아 상품을 담고 결제 대기로 주문하면 전표가 생긴다")
    void staffTakeAnOrderOnTheScreen() throws Exception {
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("phone-order.xhtml");
            browser.type(By.id("phoneForm:customerText"), "안미란");
            browser.click(By.id("phoneForm:customerSearch"));
            browser.click(By.id("phoneForm:customerHits:0:choose"));
            assertTrue(browser.find(By.id("customerName")).getText().contains("안미란"));
            browser.find(By.id("bonusUsable"));
            browser.type(By.id("phoneForm:productText"), Storefront.DIMCHAE);
            browser.click(By.id("phoneForm:productSearch"));
            browser.click(By.id("phoneForm:productHits:0:add"));
            assertEquals("540,000원", browser.find(By.id("phoneForm:cartTotal")).getText());
            // a refused form says why per field and keeps what was typed
            browser.click(By.cssSelector("label[for='phoneForm:payment:1']"));
            browser.find(By.xpath("//*[contains(text(),'주문 후 고객이 쇼핑몰의 주문 페이지에서 결제합니다')]"));
            browser.type(By.id("phoneForm:recipientPhone"), "12345");
            browser.click(By.id("phoneForm:placeOrder"));
            assertTrue(browser.driver.getPageSource().contains("전화번호 형식이 올바르지 않습니다"), "the Korean message of the phone number");
            assertEquals("12345", browser.find(By.id("phoneForm:recipientPhone")).getAttribute("value"));
            browser.type(By.id("phoneForm:recipientPhone"), "031-658-2376");
            browser.click(By.id("phoneForm:placeOrder"));
            String slip = browser.find(By.id("phoneForm:lastSlipNo")).getText();
            assertEquals("admin", browser.find(By.id("phoneForm:lastStaff")).getText());
            try (Connection c = StaffApi.db()) {
                assertEquals("PHONE|admin", single(c, "select concat_ws('|', channel, staff_login) from customer_order"
                        + " where slip_no = '" + slip + "'"));
            }
        }
    }

    private static String formKey(StaffApi api) throws Exception {
        HttpResponse<String> key = api.get("phone-orders/form-key");
        assertEquals(200, key.statusCode(), key.body());
        return StaffApi.field(key.body(), "formKey");
    }

    private static String order(String formKey, String payment, String logistics) {
        return "{\"customer\":" + miran + ",\"formKey\":\"" + formKey + "\",\"items\":[{\"code\":\""
                + Storefront.DIMCHAE + "\",\"quantity\":1}]," + logistics + "," + payment + "}";
    }

    static String single(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new AssertionError("no row: " + sql);
            }
            return rs.getString(1);
        }
    }
}
