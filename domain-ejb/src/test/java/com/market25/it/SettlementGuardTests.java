package com.market25.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.bonus.BonusLedger;
import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.member.Gender;
import com.market25.member.JoinRequest;
import com.market25.member.MemberDesk;
import com.market25.member.MemberView;
import com.market25.ordering.Cart;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.payment.PaymentMethod;
import com.market25.settlement.BusinessDay;
import com.market25.settlement.ClosingLine;
import com.market25.settlement.RunRecord;
import com.market25.settlement.RunStatus;
import com.market25.settlement.RunTrigger;
import com.market25.settlement.SettlementRun;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Settlement (SET-01, SET-04, BON-04) on the real container: only business days that have
 * ended in Korea can be closed, and the automatic run catches up every missed day, in order,
 * exactly once, also when two servers run it at the same moment. Orders are paid today and
 * then moved back in time through JDBC, as if paid on the day under test.
 */
abstract class SettlementGuardTests extends ConsentTests {

    private static final String SPH_4300 = "101001015112";    // 삼성 SPH-4300, 280,000원
    private static final String HANGER = "601061510012";      // 가화행거1, 32,000원


    private SettlementRun settlement;
    private Checkout checkout;
    private OrderDesk orders;
    private MemberDesk members;
    private BonusLedger bonus;
    private Db db;
    private LocalDate today;

    @BeforeEach
    void lookUpSettlementGuard() throws NamingException {
        settlement = bean(SettlementRun.class);
        checkout = bean(Checkout.class);
        orders = bean(OrderDesk.class);
        members = bean(MemberDesk.class);
        bonus = bean(BonusLedger.class);
        db = new Db();
        today = BusinessDay.today(Clock.systemUTC());
    }

    @Test
    @DisplayName("SET-04: today's settlement is refused and writes nothing")
    void todayIsRefused() {
        long runs = db.count("select count(*) from settlement_run");
        long closings = db.count("select count(*) from daily_closing where closing_date = ?", Date.valueOf(today));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> settlement.runFor(today, "admin"));

        assertEquals("error.settlementDayNotEnded", refused.fieldErrors().get("day"));
        assertEquals(runs, db.count("select count(*) from settlement_run"), "no audit row");
        assertEquals(closings, db.count("select count(*) from daily_closing where closing_date = ?",
                Date.valueOf(today)), "no closing");
    }

    @Test
    @DisplayName("SET-04: a future day's settlement is refused")
    void futureDayIsRefused() {
        long runs = db.count("select count(*) from settlement_run");
        for (LocalDate future : List.of(today.plusDays(1), today.plusYears(1))) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> settlement.runFor(future, "admin"));
            assertEquals("error.settlementDayNotEnded", refused.fieldErrors().get("day"), future.toString());
        }
        assertEquals(runs, db.count("select count(*) from settlement_run"));
        assertEquals(today.minusDays(1), settlement.lastClosableDay());
    }

    @Test
    @DisplayName("SET-01, BON-04: an ended day's settlement closes its card payments and settles its bonus; a second run changes nothing")
    void endedDayClosesOnceAndASecondRunChangesNothing() {
        LocalDate day = today.minusDays(9);
        MemberView buyer = join("settle", "altwell");
        Cart cart = new Cart();
        cart.add(SPH_4300, 1);
        String slip = paidOrder(buyer, cart);
        orders.move(slip, OrderStatus.DELIVERY_INSTRUCTED, "admin");
        orders.move(slip, OrderStatus.DELIVERED, "admin");
        orders.move(slip, OrderStatus.COMPLETED, "admin");
        Installation.paidOn(slip, day);
        Installation.bonusEarnedOn(slip, day);

        RunRecord first = settlement.runFor(day, "admin");

        assertEquals(RunStatus.DONE, first.status());
        assertEquals(RunTrigger.MANUAL, first.trigger());
        assertEquals(expectedClosing(day), settlement.closing(day));
        assertTrue(cardLine(settlement.closing(day)).amount().compareTo(new BigDecimal("280000")) >= 0,
                "includes this order");
        assertEquals(0, bonus.statement(buyer.id()).unsettled().signum(), "buyer's bonus settled");

        RunRecord second = settlement.runFor(day, "admin");

        assertFalse(second.closingChanged(), "closing unchanged: " + second);
        assertEquals(0, second.bonusSettled(), "nothing left to settle");
        assertEquals(first.ordersClosed(), second.ordersClosed());
        assertEquals(0, first.amountClosed().compareTo(second.amountClosed()));
    }

    @Test
    @DisplayName("SET-04: a catch-up closes every missed day once, oldest first, even run by two servers at once")
    void catchUpClosesMissedDaysInOrderOnce() throws Exception {
        LocalDate anchor = today.minusDays(6);
        List<LocalDate> missed = List.of(today.minusDays(5), today.minusDays(4), today.minusDays(3));
        settlement.runFor(anchor, "admin");
        long anchorRuns = db.count("select count(*) from settlement_run where business_date = ?", Date.valueOf(anchor));
        // as if no server ran on those days: no run, no closing
        for (LocalDate day : missed) {
            Installation.update("delete from settlement_run where business_date = ?", Date.valueOf(day));
            Installation.update("delete from daily_closing where closing_date = ?", Date.valueOf(day));
        }
        MemberView buyer = join("catchup", null);
        Cart one = new Cart();
        one.add(HANGER, 1);
        Installation.paidOn(paidOrder(buyer, one), missed.get(0));
        Cart two = new Cart();
        two.add(HANGER, 2);
        Installation.paidOn(paidOrder(buyer, two), missed.get(2));

        // two servers start at the same moment; the batch lock lets one close each day
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // threads of the test's own carry no caller: each acts as the administrator
        Future<List<RunRecord>> serverA = executor.submit(() -> Acting.asAdministrator().call(settlement::catchUp));
        Future<List<RunRecord>> serverB = executor.submit(() -> Acting.asAdministrator().call(settlement::catchUp));
        List<RunRecord> made = new ArrayList<>(serverA.get());
        made.addAll(serverB.get());

        List<Map<String, Object>> runs = db.rows("select id, business_date, trigger_kind, status from settlement_run"
                + " where business_date in (?, ?, ?) order by id", Date.valueOf(missed.get(0)),
                Date.valueOf(missed.get(1)), Date.valueOf(missed.get(2)));
        assertEquals(missed, runs.stream().map(r -> ((Date) r.get("business_date")).toLocalDate()).toList(),
                "one run per missed day, oldest first: " + runs);
        runs.forEach(r -> assertEquals("DONE", r.get("status"), r.toString()));
        runs.forEach(r -> assertEquals("CATCH_UP", r.get("trigger_kind"), r.toString()));
        List<LocalDate> closedByBoth = made.stream().map(RunRecord::businessDate).toList();
        assertEquals(closedByBoth.stream().distinct().count(), closedByBoth.size(),
                "no day closed by both servers: " + closedByBoth);
        for (LocalDate day : missed) {
            assertEquals(expectedClosing(day), settlement.closing(day), "closing of " + day);
        }
        assertTrue(cardLine(settlement.closing(missed.get(0))).amount().compareTo(new BigDecimal("32000")) >= 0);
        assertTrue(cardLine(settlement.closing(missed.get(2))).amount().compareTo(new BigDecimal("64000")) >= 0);
        assertEquals(anchorRuns, db.count("select count(*) from settlement_run where business_date = ?",
                Date.valueOf(anchor)), "the day closed by hand is not closed again");

        long before = db.count("select count(*) from settlement_run");
        assertEquals(List.of(), settlement.catchUp(), "a second catch-up finds nothing to do");
        assertEquals(before, db.count("select count(*) from settlement_run"), "and writes nothing");
    }

    // --- helpers -----------------------------------------------------------------------------

    private static <T> T bean(Class<T> type) throws NamingException {
        return InitialContext.doLookup("java:module/" + type.getSimpleName() + "!" + type.getName());
    }

    private MemberView join(String prefix, String upperLogin) {
        String login = prefix + System.currentTimeMillis() % 100_000_000 + ThreadLocalRandom.current().nextInt(100, 1000);
        return members.join(new JoinRequest(login, "market25!", "market25!", "정산" + prefix, "010-1234-5678",
                login + "@market25.example", "06236", "서울특별시 강남구 테헤란로 152", "1980-01-02",
                Gender.M, false, false, false, false, upperLogin));
    }

    /** Pays the cart by an approving card and waits until the approval completed the order. */
    private String paidOrder(MemberView buyer, Cart cart) {
        CheckoutResult result = checkout.payByCard(buyer.id(), cart,
                new Recipient(RecipientKind.HOME, buyer.name(), "031-658-2376", "17900",
                        "경기도 평택시 세교동 개나리아파트 104동 304호", null),
                new CardDetails(CardCompany.BC, "4111111111111111", "12", String.valueOf(Year.now().getValue() + 2),
                        0, buyer.name()));
        assertTrue(result.payment().approved(), "approved: " + result.payment());
        Await.until("slip " + result.slipNo() + " paid", () -> orders.detail(result.slipNo()).orElseThrow().status(),
                s -> s == OrderStatus.PAID);
        return result.slipNo();
    }

    /** The closing the day must hold, computed from the payments themselves. */
    private List<ClosingLine> expectedClosing(LocalDate day) {
        return db.rows("select p.method, count(distinct p.order_id) n, sum(p.amount) amount"
                + " from payment p join customer_order o on o.id = p.order_id where p.status = 'APPROVED'"
                + " and o.status <> 'CANCELLED' and date(p.completed_at) = ? group by p.method order by p.method",
                Date.valueOf(day)).stream()
                .map(r -> new ClosingLine(day, PaymentMethod.valueOf((String) r.get("method")),
                        ((Number) r.get("n")).intValue(), new BigDecimal(r.get("amount").toString())))
                .toList();
    }

    private static ClosingLine cardLine(List<ClosingLine> closing) {
        return closing.stream().filter(l -> l.method() == PaymentMethod.CARD).findFirst()
                .orElseThrow(() -> new AssertionError("no CARD line in " + closing));
    }
}
