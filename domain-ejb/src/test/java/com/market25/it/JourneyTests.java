package com.market25.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.bonus.BonusKind;
import com.market25.bonus.BonusLedger;
import com.market25.bonus.BonusLine;
import com.market25.bonus.BonusStatement;
import com.market25.catalog.Catalog;
import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.infrastructure.HealthCheck;
import com.market25.member.Gender;
import com.market25.member.JoinRequest;
import com.market25.member.MemberDesk;
import com.market25.member.MemberView;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentOutcome;
import com.market25.payment.PaymentStatus;
import com.market25.payment.PaymentView;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The domain on a real container: Payara Micro with MariaDB (XA), the Artemis adapter against a
 * real broker, the payment connector with its gateway simulator, and GreenMail. Every test runs
 * inside the server (Arquillian servlet protocol) and makes its own orders and members, so the
 * order of the tests does not matter. The two message-driven beans only run because the test
 * WAR's descriptors point them at the standalone adapter "artemis-ra": any test that waits for
 * 입금완료 (here) or for an e-mail (ConsentTests) proves the override.
 */
abstract class JourneyTests {

    private static final String DIMCHAE = "601041010112";     // 딤채고급형 신형(DP-601), 540,000원
    private static final String SPH_4300 = "101001015112";    // 삼성 SPH-4300, 280,000원
    private static final String HANGER = "601061510012";      // 가화행거1, 32,000원
    private static final String BOOK = "131001010112";        // 자바 프로그래밍 입문, 22,500원
    private static final long MIRAN = 2;
    private static final long ALTWELL = 1;
    private static final String APPROVING_CARD = "4111111111111111";
    private static final String LIMIT_EXCEEDED_CARD = "4000000000000002";
    private static final String PAYMENT_APPROVALS = "market25.payment.approvals";


    private Catalog catalog;
    private MemberDesk members;
    private OrderDesk orders;
    private Checkout checkout;
    private PaymentDesk payments;
    private BonusLedger bonus;
    private ConnectionFactory jms;
    private Db db;

    @BeforeEach
    void lookUpJourney() throws NamingException {
        catalog = bean(Catalog.class);
        members = bean(MemberDesk.class);
        orders = bean(OrderDesk.class);
        checkout = bean(Checkout.class);
        payments = bean(PaymentDesk.class);
        bonus = bean(BonusLedger.class);
        jms = InitialContext.doLookup("java:app/jms/market25");
        db = new Db();
    }

    @Test
    @DisplayName("an order is taken at catalog prices and reserves the stock")
    void orderTakenAtCatalogPricesReservesStock() {
        int stockBefore = stock(DIMCHAE);

        OrderPlaced placed = orders.placeOrder(MIRAN, cart(DIMCHAE, 2), recipient("안미란"), Channel.INTERNET,
                CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH);

        OrderDetail detail = detail(placed.slipNo());
        assertAll(
                () -> assertEquals(0, new BigDecimal("1080000").compareTo(placed.totalAmount()),
                        "2 × 540,000원 = 1,080,000원, got " + placed.totalAmount()),
                () -> assertTrue(placed.slipNo().matches("\\d{10}"), "10-digit slip number: " + placed.slipNo()),
                () -> assertEquals(stockBefore - 2, stock(DIMCHAE), "stock reserved"),
                () -> assertEquals(OrderStatus.RECEIVED, detail.status(), "주문접수"),
                () -> assertEquals(1, detail.changes().size(), "one status change: " + detail.changes()),
                () -> assertEquals(OrderStatus.RECEIVED, detail.changes().get(0).to()),
                () -> assertEquals("딤채고급형 신형(DP-601)", detail.lines().get(0).productName()),
                () -> assertEquals(1, db.count("select count(*) from order_status_change where order_id = ?",
                        placed.orderId()), "one status-change row in the database"));
    }

    @Test
    @DisplayName("an approved card completes the order through the queue, exactly once")
    void approvedCardCompletesThroughQueueExactlyOnce() {
        CheckoutResult result = checkout.payByCard(MIRAN, cart(HANGER, 1), recipient("안미란"),
                card(APPROVING_CARD, "안미란"));
        assertTrue(result.payment().approved(), "approved: " + result.payment());

        OrderDetail paid = awaitStatus(result.slipNo(), OrderStatus.PAID);
        assertEquals(1, paidChanges(paid), "one 입금완료 change: " + paid.changes());

        long orderId = paid.orderId();
        List<Map<String, Object>> rows = db.rows("select * from payment where order_id = ?", orderId);
        assertEquals(1, rows.size(), "one payment row");
        Map<String, Object> payment = rows.get(0);
        assertEquals("APPROVED", payment.get("status"));
        String masked = (String) payment.get("masked_card_no");
        assertNotNull(masked, "masked number kept");
        assertTrue(masked.endsWith("1111") && masked.contains("*"), "masked: " + masked);
        payment.forEach((column, value) -> assertFalse(
                value != null && value.toString().replaceAll("[^0-9]", "").contains(APPROVING_CARD),
                "column " + column + " holds the full card number"));

        // the broker delivers the same approval again: nothing changes
        long paymentId = ((Number) payment.get("id")).longValue();
        send(PAYMENT_APPROVALS, Map.of("paymentId", paymentId));
        awaitDrained(PAYMENT_APPROVALS);

        OrderDetail after = detail(result.slipNo());
        assertEquals(OrderStatus.PAID, after.status());
        assertEquals(1, paidChanges(after), "still one 입금완료 change: " + after.changes());
        assertEquals(1, db.count("select count(*) from order_status_change where order_id = ? and to_status = 'PAID'",
                orderId));
        assertEquals(0, db.count("select count(*) from payment where id = ? and status <> 'APPROVED'", paymentId));
    }

    @Test
    @DisplayName("a declined card leaves the order payable, and a good card then pays it")
    void declinedCardLeavesOrderPayable() {
        CheckoutResult result = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"),
                card(LIMIT_EXCEEDED_CARD, "안미란"));

        assertFalse(result.payment().approved());
        assertEquals("LIMIT_EXCEEDED", result.payment().declineCode());
        OrderDetail detail = detail(result.slipNo());
        assertEquals(OrderStatus.RECEIVED, detail.status(), "still 주문접수");
        assertTrue(detail.payable(), "payable again");
        List<PaymentView> attempts = payments.paymentsOf(result.slipNo());
        assertEquals(1, attempts.size(), "the declined attempt is kept: " + attempts);
        assertEquals(PaymentStatus.DECLINED, attempts.get(0).status());
        assertEquals("LIMIT_EXCEEDED", attempts.get(0).declineCode());

        PaymentOutcome retry = payments.payByCard(MIRAN, result.slipNo(), card(APPROVING_CARD, "안미란"));

        assertTrue(retry.approved(), "second attempt approved: " + retry);
        OrderDetail paid = awaitStatus(result.slipNo(), OrderStatus.PAID);
        assertEquals(1, paidChanges(paid));
        List<PaymentView> after = payments.paymentsOf(result.slipNo());
        assertEquals(List.of(PaymentStatus.DECLINED, PaymentStatus.APPROVED),
                after.stream().map(PaymentView::status).toList());
    }

    @Test
    @DisplayName("completing an order credits the buyer's and the upper member's bonus, unsettled until closing")
    void completionCreditsUnsettledBonuses() {
        MemberView buyer = join(freshLogin("bonus"), "김보너스", "altwell");
        BigDecimal altwellUnsettledBefore = bonus.statement(ALTWELL).unsettled();
        Cart cart = cart(DIMCHAE, 1);
        cart.add(SPH_4300, 1);
        CheckoutResult result = checkout.payByCard(buyer.id(), cart, recipient("김보너스"),
                card(APPROVING_CARD, "김보너스"));
        assertTrue(result.payment().approved(), "approved: " + result.payment());
        String slip = result.slipNo();
        awaitStatus(slip, OrderStatus.PAID);

        orders.move(slip, OrderStatus.DELIVERY_INSTRUCTED, "admin");
        orders.move(slip, OrderStatus.DELIVERED, "admin");
        assertEquals(OrderStatus.COMPLETED, orders.move(slip, OrderStatus.COMPLETED, "admin"));

        BonusStatement buyerBonus = bonus.statement(buyer.id());
        assertEquals(0, new BigDecimal("46400").compareTo(buyerBonus.discount()),
                "discount bonus 38,000 + 8,400: " + buyerBonus);
        assertEquals(0, buyerBonus.discount().compareTo(buyerBonus.unsettled()), "unsettled until closing");
        BonusLine sponsorLine = onlyLine(bonus.statement(ALTWELL), slip);
        assertEquals(BonusKind.SPONSOR, sponsorLine.kind());
        assertEquals(0, new BigDecimal("5600").compareTo(sponsorLine.amount()), "sponsor bonus of SPH-4300");
        assertFalse(sponsorLine.settled());
        assertEquals(0, altwellUnsettledBefore.add(new BigDecimal("5600")).compareTo(bonus.statement(ALTWELL).unsettled()));
    }

    @Test
    @DisplayName("Korean text round-trips, and a bad join form stores nothing")
    void koreanTextRoundTripsAndBadJoinStoresNothing() {
        String login = freshLogin("hong");
        MemberView joined = join(login, "홍길동", null);

        MemberView read = members.find(joined.id()).orElseThrow();
        assertEquals("홍길동", read.name());
        assertEquals("서울특별시 강남구 테헤란로 152", read.address());
        Map<String, Object> row = db.rows("select name, address from member where id = ?", joined.id()).get(0);
        assertEquals("홍길동", row.get("name"), "as stored in MariaDB");
        assertEquals("서울특별시 강남구 테헤란로 152", row.get("address"), "as stored in MariaDB");

        long membersBefore = db.count("select count(*) from member");
        JoinRequest bad = joinRequest("miran", "임꺽정", "im.kkeokjeong.at.example", null);
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> members.join(bad));

        assertEquals("error.email", refused.fieldErrors().get("email"), "bad e-mail: " + refused.fieldErrors());
        assertEquals("error.loginTaken", refused.fieldErrors().get("loginId"), "taken login: " + refused.fieldErrors());
        assertEquals(membersBefore, db.count("select count(*) from member"), "nothing stored");
        assertEquals(0, db.count("select count(*) from member where name = ?", "임꺽정"));
    }

    @Test
    @DisplayName("the health check reaches MariaDB and the broker through the container's resources")
    void healthCheckSeesDatabaseAndBroker() throws NamingException {
        HealthCheck health = bean(HealthCheck.class);

        assertEquals(Map.of("database", "UP", "broker", "UP"), health.check());
    }

    /*
     * The storefront's order page (shop-web OrdersServlet) calls detailFor without a
     * transaction; the order's lines and status history are lazy, so this only works while
     * OrderDesk.detail runs in a transaction of its own (it was SUPPORTS once and failed with
     * "failed to lazily initialize a collection of role: CustomerOrder.lines").
     */
    @Test
    @DisplayName("a customer reads the order detail without a transaction of their own")
    void orderDetailReadableWithoutTransaction() {
        OrderPlaced placed = orders.placeOrder(MIRAN, cart(BOOK, 1), recipient("안미란"), Channel.INTERNET,
                CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH);

        OrderDetail detail = orders.detailFor(MIRAN, placed.slipNo()).orElseThrow();

        assertEquals(1, detail.lines().size());
        assertEquals(OrderStatus.RECEIVED, detail.changes().get(0).to());
    }

    // --- helpers -----------------------------------------------------------------------------

    private static <T> T bean(Class<T> type) throws NamingException {
        return InitialContext.doLookup("java:module/" + type.getSimpleName() + "!" + type.getName());
    }

    private int stock(String code) {
        return catalog.product(code).orElseThrow().stock();
    }

    private static Cart cart(String code, int quantity) {
        Cart cart = new Cart();
        cart.add(code, quantity);
        return cart;
    }

    private static Recipient recipient(String name) {
        return new Recipient(RecipientKind.HOME, name, "031-658-2376", "17900",
                "경기도 평택시 세교동 개나리아파트 104동 304호", "경비실에 맡겨 주세요");
    }

    private static CardDetails card(String number, String payer) {
        return new CardDetails(CardCompany.BC, number, "12", String.valueOf(Year.now().getValue() + 2), 0, payer);
    }

    private static String freshLogin(String prefix) {
        return prefix + System.currentTimeMillis() % 100_000_000 + ThreadLocalRandom.current().nextInt(100, 1000);
    }

    private MemberView join(String login, String name, String upperLogin) {
        return members.join(joinRequest(login, name, login + "@market25.example", upperLogin));
    }

    private static JoinRequest joinRequest(String login, String name, String email, String upperLogin) {
        return new JoinRequest(login, "market25!", "market25!", name, "010-1234-5678", email, "06236",
                "서울특별시 강남구 테헤란로 152", "1980-01-02", Gender.M, true, false, false, false,
                upperLogin);
    }

    /** The order as staff and customers read it, without a transaction of the caller's. */
    private OrderDetail detail(String slipNo) {
        return orders.detail(slipNo).orElseThrow(() -> new AssertionError("no slip " + slipNo));
    }

    private OrderDetail awaitStatus(String slipNo, OrderStatus status) {
        return Await.until("slip " + slipNo + " in " + status, () -> detail(slipNo),
                d -> d.status() == status);
    }

    private static long paidChanges(OrderDetail detail) {
        return detail.changes().stream().filter(c -> c.to() == OrderStatus.PAID).count();
    }

    private static BonusLine onlyLine(BonusStatement statement, String slipNo) {
        List<BonusLine> lines = statement.history().stream().filter(l -> slipNo.equals(l.slipNo())).toList();
        assertEquals(1, lines.size(), "one bonus line for slip " + slipNo + ": " + lines);
        return lines.get(0);
    }

    /** Sends a message as the application's producers do, with long properties only. */
    private void send(String queue, Map<String, Long> properties) {
        try (JMSContext context = jms.createContext()) {
            Message message = context.createMessage();
            for (var p : properties.entrySet()) {
                message.setLongProperty(p.getKey(), p.getValue());
            }
            context.createProducer().send(context.createQueue(queue), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the queue holds no message (the listener took it), then a moment more for its
     * transaction to finish; a redelivery after a failure would show up again in that time.
     */
    private void awaitDrained(String queue) {
        Await.until(queue + " drained", () -> depth(queue), n -> n == 0);
        Await.pause(Duration.ofSeconds(2));
        Await.until(queue + " drained", () -> depth(queue), n -> n == 0);
    }

    private int depth(String queue) {
        try (JMSContext context = jms.createContext(); QueueBrowser browser = context.createBrowser(
                context.createQueue(queue))) {
            return Collections.list(browser.getEnumeration()).size();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
