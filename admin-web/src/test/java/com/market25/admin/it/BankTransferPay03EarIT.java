package com.market25.admin.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 무통장입금 end to end (PAY-01, PAY-03, SHOP-06) on the deployed EAR: the customer checks out
 * by bank transfer and gets a virtual account, the (simulated) bank posts signed deposit
 * notifications to /bank/deposits, the JMS batch approves them; what does not match exactly
 * lands in the review list, a poison notification in the dead-letter screen. With bonus (BON-04)
 * the account asks for the rest, and a bonus that pays all needs no account.
 */
class BankTransferPay03EarIT {

    private static final BigDecimal DIMCHAE_PRICE = new BigDecimal("540000");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static Storefront shop;
    private static SimulatedBank bank;
    private static String db;

    @BeforeAll
    static void customer() {
        AdminBrowser.adminUrlOrSkip();
        db = AdminBrowser.databaseUrl("cannot check payments and orders");
        shop = new Storefront(AdminBrowser.storefrontUrl());
        shop.signIn(Storefront.DEMO_CUSTOMER, Storefront.DEMO_PASSWORD);
        bank = new SimulatedBank(AdminBrowser.storefrontUrl());
    }

    @Test
    @DisplayName("PAY-01/PAY-03 무통장입금: 가상계좌 발급, 정확한 금액의 입금 통보가 주문을 입금완료로 한 번만 바꾼다")
    void anExactDepositPaysTheOrderOnce() throws Exception {
        String slip = bankTransferOrder();
        String page = shop.orderPage(slip);
        String account = accountOf(slip);
        assertTrue(page.contains(account) && page.contains("마켓25은행") && page.contains("540,000")
                && page.contains("id=\"va-deadline\""), "the order page shows bank, account, amount and deadline");

        assertEquals(200, bank.deposit(SimulatedBank.newNotificationId(), account, DIMCHAE_PRICE, LocalDateTime.now())
                .status());

        await(() -> "PAID".equals(Storefront.statusInDatabase(slip)), "order paid");
        assertEquals(1, count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ? and c.to_status = 'PAID'", slip), "입금완료 once");
        assertEquals("APPROVED", text("select status from payment where virtual_account_no = ?", account));
        assertTrue(shop.orderPage(slip).contains("입금완료"));
    }

    @Test
    @DisplayName("PAY-03 같은 입금 통보가 다시 와도 아무것도 바뀌지 않는다")
    void aDuplicateNotificationChangesNothing() throws Exception {
        String slip = bankTransferOrder();
        String account = accountOf(slip);
        String id = SimulatedBank.newNotificationId();
        LocalDateTime at = LocalDateTime.now();
        assertEquals("ACCEPTED", bank.deposit(id, account, DIMCHAE_PRICE, at).answer());
        await(() -> "PAID".equals(Storefront.statusInDatabase(slip)), "order paid");

        SimulatedBank.Sent again = bank.deposit(id, account, DIMCHAE_PRICE, at);

        assertEquals(200, again.status(), "acknowledged, so the bank stops sending it");
        assertEquals("DUPLICATE", again.answer());
        assertEquals(1, count("select count(*) from deposit_notification where notification_id = ?", id));
        assertEquals(0, count("select count(*) from deposit_notification where notification_id = ? and status <> 'APPLIED'",
                id));
        assertEquals(1, count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ? and c.to_status = 'PAID'", slip));
    }

    @Test
    @DisplayName("PAY-03 위조 서명의 입금 통보는 거절되고 저장되지도 처리되지도 않는다")
    void aForgedNotificationIsRefused() throws Exception {
        String slip = bankTransferOrder();
        String account = accountOf(slip);

        SimulatedBank.Sent forged = bank.forged(SimulatedBank.newNotificationId(), account, DIMCHAE_PRICE,
                LocalDateTime.now());

        assertEquals(401, forged.status());
        assertEquals(0, count("select count(*) from deposit_notification where notification_id = ?",
                forged.notificationId()), "never stored, never queued");
        assertEquals("RECEIVED", Storefront.statusInDatabase(slip), "still waiting for its deposit");
    }

    @Test
    @DisplayName("PAY-03 부족입금과 초과입금은 주문을 바꾸지 않고 입금 확인 필요 목록에 들어간다")
    void shortAndExcessDepositsLandInReview() throws Exception {
        String slip = bankTransferOrder();
        String account = accountOf(slip);
        String shortId = bank.deposit(SimulatedBank.newNotificationId(), account, new BigDecimal("539000"),
                LocalDateTime.now()).notificationId();
        String excessId = bank.deposit(SimulatedBank.newNotificationId(), account, new BigDecimal("550000"),
                LocalDateTime.now()).notificationId();

        await(() -> "SHORT".equals(reviewReason(shortId)) && "EXCESS".equals(reviewReason(excessId)),
                "both in review with their reason");
        assertEquals("RECEIVED", Storefront.statusInDatabase(slip), "the order still waits");
        assertEquals("WAITING_FOR_DEPOSIT", text("select status from payment where virtual_account_no = ?", account));
    }

    @Test
    @DisplayName("PAY-03 입금 통보가 순서가 바뀌어 와도(나중 입금이 먼저) 각 주문은 한 번씩 입금완료된다")
    void outOfOrderNotificationsAreHarmless() throws Exception {
        String first = bankTransferOrder();
        String second = bankTransferOrder();
        LocalDateTime now = LocalDateTime.now();

        bank.deposit(SimulatedBank.newNotificationId(), accountOf(second), DIMCHAE_PRICE, now);
        bank.deposit(SimulatedBank.newNotificationId(), accountOf(first), DIMCHAE_PRICE, now.minusMinutes(5));

        await(() -> "PAID".equals(Storefront.statusInDatabase(first)) && "PAID".equals(Storefront.statusInDatabase(second)),
                "both paid");
        assertEquals(2, count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no in (?, ?) and c.to_status = 'PAID'", first, second));
    }

    @Test
    @DisplayName("PAY-03 계속 실패하는 입금 통보는 처리 실패 화면에 오고, 원인을 고친 뒤 재처리하면 주문이 입금완료된다")
    void aPoisonNotificationIsDeadLetteredAndAReplayPays() throws Exception {
        String slip = bankTransferOrder();
        String account = accountOf(slip);
        // what makes the batch fail every time: the order cannot be updated (as a broken row would)
        execute("drop trigger if exists it_poison_deposit");
        execute("create trigger it_poison_deposit before update on customer_order for each row begin"
                + " if new.slip_no = '" + slip + "' and new.status = 'PAID' then"
                + " signal sqlstate '45000' set message_text = 'poison for the test'; end if; end");
        String id;
        try {
            id = bank.deposit(SimulatedBank.newNotificationId(), account, DIMCHAE_PRICE, LocalDateTime.now())
                    .notificationId();
            await(() -> "DEAD".equals(text("select status from deposit_notification where notification_id = ?", id)),
                    "dead-lettered after its last delivery");
        } finally {
            execute("drop trigger if exists it_poison_deposit");
        }
        assertEquals("RECEIVED", Storefront.statusInDatabase(slip));
        try (AdminBrowser browser = AdminBrowser.open().signedIn()) {
            browser.get("deposits.xhtml");
            browser.awaitText(By.id("depositsForm:deadTable"), id);
            browser.click(By.cssSelector("tr.deposit-" + id + " button.replay"));
            browser.awaitText(By.id("messages"), "다시 처리");
        }
        await(() -> "PAID".equals(Storefront.statusInDatabase(slip)), "paid by the replay");
        assertEquals("APPLIED", text("select status from deposit_notification where notification_id = ?", id));
    }

    @Test
    @DisplayName("PAY-01/INV-01 입금기한이 지난 가상계좌의 주문은 취소되고 재고가 돌아오며, 그 뒤의 입금은 확인 목록으로 간다")
    void anExpiredAccountCancelsTheOrderAndFreesStock() throws Exception {
        long before = count("select stock from product where code = ?", Storefront.DIMCHAE);
        String slip = bankTransferOrder();
        String account = accountOf(slip);
        assertEquals(before - 1, count("select stock from product where code = ?", Storefront.DIMCHAE), "reserved");
        // the deadline passed (times as the application writes them: the server's Korean time)
        execute("update customer_order set pay_by = ordered_at - interval 1 minute where slip_no = '" + slip + "'");

        await(() -> "CANCELLED".equals(Storefront.statusInDatabase(slip)), "expired by the unpaid-order expiry",
                Duration.ofSeconds(40));
        assertEquals(before, count("select stock from product where code = ?", Storefront.DIMCHAE), "stock back");

        String late = bank.deposit(SimulatedBank.newNotificationId(), account, DIMCHAE_PRICE, LocalDateTime.now())
                .notificationId();
        await(() -> "AFTER_EXPIRY".equals(reviewReason(late)), "a late deposit goes to review");
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
    }

    // ------------------------------------------------------------------ BON-04: bonus with a bank transfer

    /** A member with bonus to spend, joined once for these tests. */
    private static PaymentShopper bonusMember;

    private static synchronized PaymentShopper bonusMember() {
        if (bonusMember == null) {
            bonusMember = PaymentShopper.newMemberWithBonus("bt", 100_000);
        }
        return bonusMember;
    }

    /** A gift card (56,000원) by bank transfer with 5,600원 of bonus: the slip, its account issued for the rest. */
    private static String bankTransferWithBonus(PaymentShopper member) {
        HttpResponse<String> answer = member.carting(DeliveryFixture.GIFT_CARD).checkout(Map.of("paymentMethod", "BANK_TRANSFER",
                "depositorName", "한지민", "cardNumber", "", "bonusToUse", "5600"));
        String slip = PaymentShopper.slipOf(answer);
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("?account=1"), "an account was issued");
        assertEquals(5600, PaymentShopper.bonusOf(slip, "USED"), "the ledger records the bonus spent at checkout");
        return slip;
    }

    @Test
    @DisplayName("BON-04/SHOP-06 무통장입금에 보너스를 쓰면 가상계좌는 나머지 금액으로 발급되고, 그 금액이 입금되면 주문이 한 번 결제된다")
    void bonusWithABankTransferIssuesTheAccountForTheRest() throws Exception {
        String slip = bankTransferWithBonus(bonusMember());
        String account = accountOf(slip);
        assertEquals("50400", text("select amount from payment where virtual_account_no = ?", account),
                "the account asks for 56,000 - 5,600");
        assertTrue(bonusMember().get("orders/" + slip).body().contains("50,400"), "the order page shows the amount to pay");

        assertEquals(200, bank.deposit(SimulatedBank.newNotificationId(), account, new BigDecimal("50400"),
                LocalDateTime.now()).status());

        await(() -> "PAID".equals(Storefront.statusInDatabase(slip)), "paid by the exact deposit of the rest");
        assertEquals(1, count("select count(*) from order_status_change c join customer_order o on o.id = c.order_id"
                + " where o.slip_no = ? and c.to_status = 'PAID'", slip), "입금완료 once");
        assertEquals("APPROVED", text("select status from payment where virtual_account_no = ?", account));
    }

    @Test
    @DisplayName("BON-04 보너스를 쓴 무통장입금 주문을 입금 전에 취소하면 보너스가 돌아온다")
    void cancellingAnUnpaidBankTransferOrderGivesTheBonusBack() throws Exception {
        String slip = bankTransferWithBonus(bonusMember());

        HttpResponse<String> cancelled = bonusMember().cancelUnpaid(slip);

        assertEquals(303, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
        assertEquals(5600, PaymentShopper.bonusOf(slip, "USED_BACK"), "all of the bonus is back in the ledger");
    }

    @Test
    @DisplayName("BON-04/ORD-01 보너스를 쓰고 입금완료된 무통장입금 주문을 배송 전에 취소하면 돈은 고객이 준 계좌로, 보너스는 원장으로 돌아간다")
    void cancellingAPaidBankTransferOrderRefundsToTheAccountGivenAndGivesTheBonusBack() throws Exception {
        String slip = bankTransferWithBonus(bonusMember());
        bank.deposit(SimulatedBank.newNotificationId(), accountOf(slip), new BigDecimal("50400"), LocalDateTime.now());
        await(() -> "PAID".equals(Storefront.statusInDatabase(slip)), "paid");

        HttpResponse<String> cancelled = StaffApi.admin().post("after-sales/orders/" + slip + "/cancel",
                "{\"lines\":[1],\"requestId\":\"staff-bt-" + slip + "-cancel\",\"reason\":\"OTHER\","
                        + "\"bank\":\"국민은행\",\"accountNumber\":\"123-45-6789012\",\"holder\":\"한지민\"}");

        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("PAYOUT_PENDING", StaffApi.field(cancelled.body(), "status"), "staff transfer the money back");
        assertEquals(java.util.List.of(java.util.List.of("BANK_TRANSFER", "50400", "5600", "PAYOUT_PENDING")),
                PaymentShopper.refundsOf(slip));
        assertEquals("123-45-6789012", text("select r.account_no from refund r join customer_order o on o.id = r.order_id"
                + " where o.slip_no = ?", slip), "the account as given, for the transfer");
        assertEquals(5600, PaymentShopper.bonusOf(slip, "USED_BACK"), "the bonus is back in the ledger");
        assertEquals("CANCELLED", Storefront.statusInDatabase(slip));
    }

    @Test
    @DisplayName("BON-04 보너스가 전액을 내는 무통장입금 주문은 가상계좌 없이 바로 결제된다")
    void aBankTransferOrderTheBonusPaysInFullIsPaidAtOnce() throws Exception {
        HttpResponse<String> answer = bonusMember().carting(AfterSalesOrd01EarIT.JAVA_BOOK).checkout(Map.of(
                "paymentMethod", "BANK_TRANSFER", "depositorName", "한지민", "cardNumber", "", "bonusToUse", "22500"));

        String slip = PaymentShopper.slipOf(answer);
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/orders/" + slip + "?paid=1"),
                answer.headers().firstValue("Location").orElse(""));
        assertEquals("PAID", Storefront.statusInDatabase(slip), "paid at once");
        assertEquals(0, count("select count(*) from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ?", slip), "no virtual account was asked for");
        assertEquals(22500, PaymentShopper.bonusOf(slip, "USED"));
    }

    // ------------------------------------------------------------------ fixture

    private static String bankTransferOrder() {
        shop.addToCart(Storefront.DIMCHAE, 1);
        return shop.checkoutByBankTransfer("안미란");
    }

    private static String accountOf(String slip) {
        return text("select p.virtual_account_no from payment p join customer_order o on o.id = p.order_id"
                + " where o.slip_no = ? and p.method = 'BANK_TRANSFER'", slip);
    }

    private static String reviewReason(String notificationId) {
        return text("select review_reason from deposit_notification where notification_id = ? and status = 'REVIEW'",
                notificationId);
    }

    private static void await(Supplier<Boolean> condition, String what) {
        await(condition, what, WAIT);
    }

    private static void await(Supplier<Boolean> condition, String what, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(db, System.getProperty("market25.db.user"),
                System.getProperty("market25.db.password"));
    }

    private static String text(String sql, String... args) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setString(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long count(String sql, String... args) {
        String value = text(sql, args);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
