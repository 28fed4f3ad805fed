package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * After-sales against the deployed EAR (ORD-01, SHOP-07, BON-04): a new member under ALTWELL with
 * bonus to spend buys through the storefront (real card approvals at the gateway simulator),
 * cancels and returns on the order page; staff work the claims over /admin/api/after-sales; the
 * gateway's own view of each approval is asked through the payment connector; stock, bonus and
 * refund rows are read from MariaDB.
 */
class AfterSalesOrd01EarIT {

    /** 자바 프로그래밍 입문, 22,500원 (discount bonus 1,100). */
    static final String JAVA_BOOK = "131001010112";
    /** 데이터베이스 마케팅 실무, 27,000원 (discount bonus 1,300, sponsor bonus 500). */
    static final String DBM_BOOK = "131001020112";
    private static final Pattern CLAIM_KEY = Pattern.compile("id=\"claim-form\">\\s*<input type=\"hidden\" name=\"_csrf\""
            + " value=\"[^\"]*\">\\s*<input type=\"hidden\" name=\"requestKey\" value=\"([^\"]*)\"");

    private static Storefront shop;
    private static String memberLogin;

    @BeforeAll
    static void member() throws Exception {
        AdminBrowser.adminUrlOrSkip();
        memberLogin = "as" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.join(memberLogin, "altwell");
        PaymentShopper.giveSettledBonus(memberLogin, 100_000);
    }

    @Test
    @DisplayName("ORD-01: a customer cancels one item of a paid card order: that share goes back to the card (partial cancel), its bonus share to the ledger, its stock to the shelf; a double submit refunds once")
    void partialCancelOfAPaidCardOrder() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        shop.addToCart(DBM_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of("bonusToUse", "4,950"));
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        assertEquals(0, new BigDecimal("44550").compareTo(one("select amount from payment where order_id ="
                + " (select id from customer_order where slip_no = ?) and status = 'APPROVED'", slip)),
                "the card pays the total less the bonus used (49,500 - 4,950)");
        int stockBefore = stock(JAVA_BOOK);
        int javaLine = lineOf(slip, JAVA_BOOK);

        String key = claimKey(slip);
        HttpResponse<String> first = cancel(slip, key, javaLine);
        HttpResponse<String> again = cancel(slip, key, javaLine);
        assertEquals(303, first.statusCode(), first.body());
        assertEquals(303, again.statusCode(), "the same form again lands on the order page: " + again.body());

        assertEquals(1L, count("select count(*) from refund r join customer_order o on o.id = r.order_id where o.slip_no = ?",
                slip), "one refund for a double submit");
        assertEquals(List.of("CARD_PARTIAL_CANCEL", "20250", "2250", "DONE"), row("select r.method, r.amount, r.bonus_amount,"
                + " r.status from refund r join customer_order o on o.id = r.order_id where o.slip_no = ?", slip),
                "22,500 less its 10 % bonus share back to the card, the share back as bonus");
        String gateway = StaffApi.admin().get("after-sales/orders/" + slip + "/gateway").body();
        assertEquals("APPROVED", StaffApi.field(gateway, "state"), gateway);
        assertEquals("24300", StaffApi.field(gateway, "remainingAmount"), "the simulator keeps 44,550 - 20,250 approved");
        assertEquals(stockBefore + 1, stock(JAVA_BOOK), "the cancelled book is back in stock");
        assertEquals(0, new BigDecimal("2250").compareTo(one("select sum(amount) from bonus_entry b join customer_order o"
                + " on o.id = b.order_id where o.slip_no = ? and b.kind = 'USED_BACK'", slip)));
        assertEquals(0, new BigDecimal("44550").compareTo(one("select amount from payment where order_id ="
                + " (select id from customer_order where slip_no = ?)", slip)), "the payment keeps its amount");
        assertEquals(List.of("CANCELLED", "PAID"), column("select l.item_state from order_line l join customer_order o"
                + " on o.id = l.order_id where o.slip_no = ? order by l.line_no = ? desc", slip, javaLine));
        assertEquals("PAID", Storefront.statusInDatabase(slip));
        assertEquals(List.of("27000", "0"), row("select amount, cancelled + 0 from purchase_history where source = 'SHOP'"
                + " and source_ref = ?", slip), "MKT-13: the purchase counts what was kept, 49,500 - 20,250 - 2,250");
        assertEquals(1L, count("select count(*) from order_line_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ? and c.to_state = 'CANCELLED' and c.changed_by = ?", slip, "MEMBER:" + memberLogin),
                "the item's cancel is recorded with who");

        HttpResponse<String> rest = cancel(slip, claimKey(slip), javaLine == 1 ? 2 : 1);
        assertEquals(303, rest.statusCode(), rest.body());
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip), "no item left: the order is cancelled");
        assertEquals("CANCELLED", StaffApi.field(StaffApi.admin().get("after-sales/orders/" + slip + "/gateway").body(),
                "state"), "nothing stays approved");
        assertEquals(List.of("44550", "4950"), row("select refunded_amount, bonus_returned from customer_order"
                + " where slip_no = ?", slip), "every won of card and bonus is back");
        assertEquals(1L, count("select count(*) from purchase_history where source = 'SHOP' and source_ref = ?"
                + " and cancelled", slip), "MKT-13: the cancelled order stops counting");
        assertEquals(List.of("REFUNDED:환불 금액 20,250원", "REFUNDED:환불 금액 24,300원", "ORDER_CANCELLED:"),
                column("select concat(n.kind, ':', coalesce(n.detail, '')) from order_notification n join customer_order o"
                        + " on o.id = n.order_id where o.slip_no = ? and n.kind in ('REFUNDED', 'ORDER_CANCELLED')"
                        + " order by n.kind desc, n.id", slip),
                "ORD-04: a mail for each refund with its amount, and one for the cancelled order");
    }

    @Test
    @DisplayName("ORD-01: staff cancel a paid order in full: the whole approval is cancelled once, even for two requests at the same moment")
    void fullCancelByStaffOnce() throws Exception {
        shop.addToCart(JAVA_BOOK, 2);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        int stockBefore = stock(JAVA_BOOK);
        String body = "{\"lines\":[1],\"requestId\":\"staff-" + slip + "-cancel\",\"reason\":\"OTHER\"}";
        StaffApi api = StaffApi.admin();
        var a = CompletableFuture.supplyAsync(() -> post(api, "after-sales/orders/" + slip + "/cancel", body));
        var b = CompletableFuture.supplyAsync(() -> post(api, "after-sales/orders/" + slip + "/cancel", body));
        HttpResponse<String> one = a.get();
        HttpResponse<String> two = b.get();
        assertEquals(200, one.statusCode(), one.body());
        assertEquals(200, two.statusCode(), two.body());
        assertEquals(StaffApi.field(one.body(), "id"), StaffApi.field(two.body(), "id"), "the same claim answers both");
        assertEquals("REFUNDED", StaffApi.field(one.body().contains("REFUNDED") ? one.body() : two.body(), "status"));
        assertEquals(List.of("CARD_CANCEL", "45000", "DONE"), row("select r.method, r.amount, r.status from refund r"
                + " join customer_order o on o.id = r.order_id where o.slip_no = ?", slip));
        assertEquals(1L, count("select count(*) from refund r join customer_order o on o.id = r.order_id"
                + " where o.slip_no = ?", slip));
        assertEquals("CANCELLED", StaffApi.field(api.get("after-sales/orders/" + slip + "/gateway").body(), "state"));
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
        assertEquals(stockBefore + 2, stock(JAVA_BOOK));
    }

    @Test
    @DisplayName("SHOP-07: a return is asked for on the order page, approved, received back into stock and refunded to the card; bonus earned on it is taken back")
    void returnApprovedReceivedRefunded() throws Exception {
        shop.addToCart(DBM_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        StaffApi api = StaffApi.admin();
        for (String to : List.of("DELIVERY_INSTRUCTED", "DELIVERED", "COMPLETED")) {
            HttpResponse<String> moved = api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"" + to + "\"}");
            assertEquals(200, moved.statusCode(), moved.body());
        }
        assertEquals(2L, count("select count(*) from bonus_entry b join customer_order o on o.id = b.order_id"
                + " where o.slip_no = ? and b.kind in ('DISCOUNT', 'SPONSOR')", slip), "bonus earned on 주문완료");

        HttpResponse<String> asked = shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "RETURN"), Map.entry("line", "1"),
                Map.entry("reason", "DEFECTIVE"), Map.entry("reasonText", "표지가 찢어져 왔습니다")));
        assertEquals(303, asked.statusCode(), asked.body());
        long claim = Long.parseLong(StaffApi.field(api.get("after-sales/claims?slip=" + slip).body(), "id"));
        assertEquals("RETURN_REQUESTED", itemState(slip, 1));

        int stockBefore = stock(DBM_BOOK);
        assertEquals("ACCEPTED", step(api, claim, "accept"));
        assertEquals("RECEIVED", step(api, claim, "receive"));
        assertEquals(stockBefore + 1, stock(DBM_BOOK), "the returned book is back in stock");
        assertEquals("REFUNDED", step(api, claim, "refund"));
        assertEquals("REFUNDED", step(api, claim, "refund"), "a second click refunds nothing more");
        assertEquals(List.of("CARD_CANCEL", "27000", "DONE"), row("select method, amount, status from refund"
                + " where claim_id = ?", claim));
        assertEquals("RETURNED", itemState(slip, 1));
        assertEquals("CANCELLED", StaffApi.field(api.get("after-sales/orders/" + slip + "/gateway").body(), "state"));
        assertEquals(List.of("DISCOUNT_BACK:1300", "SPONSOR_BACK:500"), column("select concat(b.kind, ':', b.amount)"
                + " from bonus_entry b join customer_order o on o.id = b.order_id where o.slip_no = ?"
                + " and b.kind like '%BACK' order by b.kind", slip), "bonus earned on the returned item is taken back");
        assertTrue(shop.orderPage(slip).contains("반품완료"), "the customer sees the item returned");
    }

    @Test
    @DisplayName("ORD-01: money of an order not paid through a gateway goes back to the bank account the customer gives; staff pay it out")
    void bankRefundPaidOut() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        // stands for a 무통장입금 payment (its own feature): no gateway approval to cancel
        update("update payment set method = 'BANK_TRANSFER', approval_no = null where order_id ="
                + " (select id from customer_order where slip_no = ?)", slip);
        StaffApi api = StaffApi.admin();
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERY_INSTRUCTED\"}");
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERED\"}");
        HttpResponse<String> asked = shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "RETURN"), Map.entry("line", "1"),
                Map.entry("reason", "CHANGE_OF_MIND"), Map.entry("accountBank", "국민은행"),
                Map.entry("accountNumber", "123-45-6789012"), Map.entry("accountHolder", "한지민")));
        assertEquals(303, asked.statusCode(), asked.body());
        long claim = Long.parseLong(StaffApi.field(api.get("after-sales/claims?slip=" + slip).body(), "id"));
        step(api, claim, "accept");
        step(api, claim, "receive");
        HttpResponse<String> refunded = api.post("after-sales/claims/" + claim + "/refund", "{}");
        assertEquals(200, refunded.statusCode(), refunded.body());
        assertEquals("PAYOUT_PENDING", StaffApi.field(refunded.body(), "status"));
        assertEquals("***-**-***9012", StaffApi.field(refunded.body(), "accountNumber"), "shown masked");
        assertTrue(!shop.orderPage(slip).contains("123-45-6789012"), "the customer's page shows it masked too");
        assertEquals(List.of("BANK_TRANSFER", "22500", "PAYOUT_PENDING", "123-45-6789012"), row("select method, amount,"
                + " status, account_no from refund where claim_id = ?", claim), "stored as given, for the transfer");
        assertEquals("REFUNDED", step(api, claim, "paid-out"));
        assertEquals(List.of("DONE", "admin"), row("select status, completed_by from refund where claim_id = ?", claim));
    }

    @Test
    @DisplayName("SHOP-07: a customer cancels a paid bank-transfer order before shipment on the order page, giving the account the money goes back to")
    void customerCancelsAPaidBankTransferOrderWithARefundAccount() throws Exception {
        String slip = paidBankTransferOrder();
        assertTrue(shop.orderPage(slip).contains("name=\"accountNumber\""), "the cancel form asks for the refund account");

        HttpResponse<String> cancelled = shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "cancel"), Map.entry("line", "1"),
                Map.entry("accountBank", "국민은행"), Map.entry("accountNumber", "123-45-6789012"),
                Map.entry("accountHolder", "한지민")));

        assertEquals(303, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
        assertEquals(List.of("BANK_TRANSFER", "22500", "PAYOUT_PENDING", "123-45-6789012"), row("select r.method, r.amount,"
                + " r.status, r.account_no from refund r join customer_order o on o.id = r.order_id where o.slip_no = ?", slip));
        assertTrue(shop.orderPage(slip).contains("***-**-***9012"), "the customer sees the account masked");
    }

    @Test
    @DisplayName("ORD-01: staff cancel a paid 무통장입금 order on the after-sales screen with the account to refund to")
    void staffCancelAPaidBankTransferOrderOnTheScreenWithARefundAccount() throws Exception {
        String slip = paidBankTransferOrder();
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("after-sales.xhtml");
            browser.type(By.id("cancelForm:cancelSlip"), slip);
            browser.click(By.id("cancelForm:loadCancel"));
            browser.click(By.xpath("//*[@id='cancelForm:cancelLines']//div[contains(@class,'ui-chkbox-box')]"));
            browser.type(By.id("cancelForm:cancelBank"), "국민은행");
            browser.type(By.id("cancelForm:cancelAccountNumber"), "123-45-6789012");
            browser.type(By.id("cancelForm:cancelHolder"), "한지민");
            browser.click(By.id("cancelForm:btnCancelItems"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (!"CANCELLED".equals(Storefront.statusInDatabase(slip)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        }
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
        assertEquals(List.of("BANK_TRANSFER", "22500", "PAYOUT_PENDING", "123-45-6789012"), row("select r.method, r.amount,"
                + " r.status, r.account_no from refund r join customer_order o on o.id = r.order_id where o.slip_no = ?", slip),
                "the refund waits for staff to pay it out to the account given");
    }

    @Test
    @DisplayName("ORD-01: staff find a return on the after-sales screen and approve, receive and refund it there, with who and when")
    void returnWorkedOnTheScreen() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        StaffApi api = StaffApi.admin();
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERY_INSTRUCTED\"}");
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERED\"}");
        assertEquals(303, shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "RETURN"), Map.entry("line", "1"),
                Map.entry("reason", "WRONG_ITEM"))).statusCode());
        long claim = Long.parseLong(StaffApi.field(api.get("after-sales/claims?slip=" + slip).body(), "id"));
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("after-sales.xhtml");
            browser.type(By.id("asForm:slipFilter"), slip);
            browser.click(By.id("asForm:search"));
            browser.click(By.xpath("//tr[contains(@class,'claim-" + claim + "')]//a"));
            browser.awaitText(By.id("asForm:detailStatus"), "반품 · 요청");
            browser.click(By.id("asForm:btnAccept"));
            browser.awaitText(By.id("asForm:detailStatus"), "반품 · 승인");
            assertTrue(browser.text(By.id("asForm:items")).contains("반품승인"));
            browser.click(By.id("asForm:btnReceive"));
            browser.awaitText(By.id("asForm:detailStatus"), "반품 · 입고");
            browser.click(By.id("asForm:btnRefund"));
            browser.awaitText(By.id("asForm:detailStatus"), "반품 · 환불 완료");
            assertTrue(browser.text(By.id("asForm:refundBox")).contains("카드 전체취소"), browser.text(By.id("asForm:refundBox")));
            assertTrue(browser.text(By.id("asForm:history")).contains("admin"), "the item history names who");
            browser.screenshot("after-sales-refunded");
        }
        assertEquals("RETURNED", itemState(slip, 1));
    }

    @Test
    @DisplayName("SHOP-07: an exchange is approved, received and the replacement shipped; no money moves")
    void exchangeReshipped() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        StaffApi api = StaffApi.admin();
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERY_INSTRUCTED\"}");
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERED\"}");
        HttpResponse<String> asked = shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "EXCHANGE"), Map.entry("line", "1"),
                Map.entry("reason", "DAMAGED")));
        assertEquals(303, asked.statusCode(), asked.body());
        long claim = Long.parseLong(StaffApi.field(api.get("after-sales/claims?slip=" + slip).body(), "id"));
        int stockBefore = stock(JAVA_BOOK);
        step(api, claim, "accept");
        step(api, claim, "receive");
        assertEquals("RESHIPPED", step(api, claim, "reship"));
        assertEquals("EXCHANGED", itemState(slip, 1));
        assertEquals(stockBefore, stock(JAVA_BOOK), "one back in, one out again");
        assertEquals(0L, count("select count(*) from refund where claim_id = ?", claim));
    }

    @Test
    @DisplayName("SHOP-07: after the 7-day withdrawal period a return is refused and nothing changes")
    void returnAfterWithdrawalPeriodRefused() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByCard("4111111111111111", Map.of());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        StaffApi api = StaffApi.admin();
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERY_INSTRUCTED\"}");
        api.post("after-sales/orders/" + slip + "/status", "{\"to\":\"DELIVERED\"}");
        update("update customer_order set delivered_at = now(3) - interval 8 day where slip_no = ?", slip);
        HttpResponse<String> asked = shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(
                Map.entry("requestKey", claimKey(slip)), Map.entry("action", "RETURN"), Map.entry("line", "1"),
                Map.entry("reason", "CHANGE_OF_MIND")));
        assertEquals(409, asked.statusCode());
        assertTrue(asked.body().contains("반품/교환 신청 기간"), asked.body());
        assertEquals("DELIVERED", itemState(slip, 1));
        assertEquals(0L, count("select count(*) from after_sales_claim c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ?", slip));
    }

    @Test
    @DisplayName("BON-04: an order paid fully with bonus is paid at once without a card; its cancel gives the bonus back")
    void orderPaidFullyByBonus() throws Exception {
        BigDecimal usableBefore = usableBonus();
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByCard("", Map.of("bonusToUse", "22500", "cardCompany", ""));
        assertEquals("PAID", Storefront.statusInDatabase(slip), "paid at once");
        assertEquals(0L, count("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ?", slip), "no gateway payment");
        assertEquals(0, usableBefore.subtract(new BigDecimal("22500")).compareTo(usableBonus()));
        HttpResponse<String> cancelled = cancel(slip, claimKey(slip), 1);
        assertEquals(303, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
        assertEquals(List.of("BONUS_ONLY", "0", "22500", "DONE"), row("select r.method, r.amount, r.bonus_amount, r.status"
                + " from refund r join customer_order o on o.id = r.order_id where o.slip_no = ?", slip));
        assertEquals(0, usableBefore.compareTo(usableBonus()), "all of the bonus is back");
    }

    // ------------------------------------------------------------------ helpers

    private static HttpResponse<String> cancel(String slip, String key, int line) {
        return shop.postFrom("orders/" + slip, "orders/claim/" + slip, List.of(Map.entry("requestKey", key),
                Map.entry("action", "cancel"), Map.entry("line", String.valueOf(line))));
    }

    private static String claimKey(String slip) {
        Matcher m = CLAIM_KEY.matcher(shop.orderPage(slip));
        assertTrue(m.find(), "the order page has the after-sales form");
        return m.group(1);
    }

    private static String step(StaffApi api, long claim, String step) throws Exception {
        HttpResponse<String> answer = api.post("after-sales/claims/" + claim + "/" + step, "{}");
        assertEquals(200, answer.statusCode(), step + ": " + answer.body());
        return StaffApi.field(answer.body(), "status");
    }

    private static HttpResponse<String> post(StaffApi api, String path, String body) {
        try {
            return api.post(path, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private BigDecimal usableBonus() throws Exception {
        BigDecimal v = one("select coalesce(sum(case when kind in ('DISCOUNT','SPONSOR','USED_BACK') then amount"
                + " else -amount end), 0) - coalesce(sum(case when kind in ('DISCOUNT','SPONSOR') and not settled then amount"
                + " when kind in ('DISCOUNT_BACK','SPONSOR_BACK') and not settled then -amount else 0 end), 0)"
                + " from bonus_entry where member_id = (select id from member where login_id = ?)", memberLogin);
        return v == null ? BigDecimal.ZERO : v;
    }

    private static int stock(String code) throws Exception {
        return one("select stock from product where code = ?", code).intValue();
    }

    private static int lineOf(String slip, String code) throws Exception {
        return one("select l.line_no from order_line l join customer_order o on o.id = l.order_id where o.slip_no = ?"
                + " and l.product_code = ?", slip, code).intValue();
    }

    /** A book paid by 무통장입금: its virtual account credited in full by the simulated bank. */
    private String paidBankTransferOrder() throws Exception {
        shop.addToCart(JAVA_BOOK, 1);
        String slip = shop.checkoutByBankTransfer("한지민");
        String account = row("select p.virtual_account_no from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ?", slip).get(0);
        assertEquals(200, new SimulatedBank(AdminBrowser.storefrontUrl()).deposit(SimulatedBank.newNotificationId(), account,
                new BigDecimal("22500"), java.time.LocalDateTime.now()).status());
        shop.awaitPaid(slip, Duration.ofSeconds(20));
        return slip;
    }

    private static String itemState(String slip, int line) throws Exception {
        return row("select l.item_state from order_line l join customer_order o on o.id = l.order_id where o.slip_no = ?"
                + " and l.line_no = ?", slip, line).get(0);
    }

    private static BigDecimal one(String sql, Object... params) throws Exception {
        List<String> r = row(sql, params);
        return r.isEmpty() || r.get(0) == null ? null : new BigDecimal(r.get(0));
    }

    private static long count(String sql, Object... params) throws Exception {
        return one(sql, params).longValue();
    }

    private static List<String> row(String sql, Object... params) throws Exception {
        List<List<String>> rows = rows(sql, params);
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private static List<String> column(String sql, Object... params) throws Exception {
        return rows(sql, params).stream().map(r -> r.get(0)).toList();
    }

    private static List<List<String>> rows(String sql, Object... params) throws Exception {
        try (Connection db = StaffApi.db(); PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<String>> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> r = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        Object v = rs.getObject(c);
                        r.add(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v == null ? null : v.toString());
                    }
                    out.add(r);
                }
                return out;
            }
        }
    }

    private static void update(String sql, Object... params) throws Exception {
        try (Connection db = StaffApi.db(); PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
