package com.market25.ear.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ear.fault.FaultStack.Component;
import com.market25.ear.fault.FaultStack.Health;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One component (the broker or MariaDB) killed with SIGKILL in the middle of a burst of card
 * checkouts, then brought back by the stack script. The crash happens once, in {@link #crash()};
 * each test then checks one thing a customer, an operator or the accountant cares about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class OutageDuringCheckouts {

    static final String TRY_AGAIN = "잠시 후 다시 시도해 주세요";
    static final String TRY_AGAIN_EN = "Please try again in a moment";
    static final int BURST = 16;

    FaultStack stack;
    Books books;
    String product;
    int initialStock;
    long marker;
    Map<Component, String> before;
    List<Customer.Answer> burstAnswers;
    final List<Health> healthWhileDown = new ArrayList<>();
    Customer.Answer checkoutWhileDown;
    Customer.Answer checkoutWhileDownEnglish;
    Customer.Answer browsingWhileDown;
    AssertionError restartProblem;
    Customer.Answer checkoutAfter;

    abstract Component killed();

    /** What /health must answer while the component is down. */
    abstract String healthWhileDownBody();

    /** What the home page answers while the component is down: 200 when it needs only the database. */
    abstract int homePageStatusWhileDown();

    @BeforeAll
    void crash() {
        stack = FaultStack.fromSystemProperties();
        books = Books.open(stack);
        stack.awaitHealth(FaultStack.ALL_UP, Duration.ofMinutes(3));
        product = books.productWithMostStock(BURST + 10);
        initialStock = books.stock(product);
        marker = books.lastOrderId();

        List<Customer> customers = CheckoutBurst.readyCustomers(stack.url, product, BURST);
        List<Customer> late = CheckoutBurst.readyCustomers(stack.url, product, 2);
        before = stack.status();

        beforeTheBurst();
        CheckoutBurst burst = CheckoutBurst.start(customers, 300);
        burst.awaitAnswered(3, Duration.ofMinutes(2));
        rightBeforeTheKill();
        stack.kill(killed());
        System.out.println("[fault suite] killed " + killed() + " after " + burst.answeredSoFar() + " of " + BURST
                + " checkouts were answered");

        healthWhileDown.addAll(stack.awaitHealth(healthWhileDownBody(), Duration.ofSeconds(30)));
        checkoutWhileDown = late.get(0).payByCard();
        checkoutWhileDownEnglish = late.get(1).payByCard("?lang=en");
        browsingWhileDown = new Customer(stack.url).get("");
        for (int i = 0; i < 4; i++) {
            healthWhileDown.add(stack.health());
        }
        burstAnswers = burst.finish(Duration.ofMinutes(2));
        System.out.println("[fault suite] the burst across the " + killed() + " kill: " + burstAnswers);

        try {
            stack.restartAndCheckOnly(killed(), before);
        } catch (AssertionError e) {
            restartProblem = e;
        }
        stack.awaitHealth(FaultStack.ALL_UP, Duration.ofMinutes(2));
        checkoutAfter = Customer.readyToPay(stack.url, product, 1).payByCard();
        books.awaitSettled(marker, Duration.ofMinutes(3));
        afterTheRestart();
    }

    /** More work to have in flight at the kill; nothing by default. */
    void beforeTheBurst() {
    }

    void rightBeforeTheKill() {
    }

    void afterTheRestart() {
    }

    @AfterAll
    void close() {
        if (books != null) {
            books.close();
        }
    }

    @Test
    @DisplayName("SHOP-06: every checkout of the burst got its order page or the Korean try-again page (503), none a 500 or a dropped connection")
    void shop06_everyCheckoutGotItsOrderPageOrTryAgainLater() {
        List<String> wrong = new ArrayList<>();
        for (Customer.Answer a : burstAnswers) {
            boolean orderPage = a.status() == 303 && a.slipNo() != null;
            boolean tryAgain = a.status() == 503 && Customer.title(a.body()).equals(TRY_AGAIN);
            if (!orderPage && !tryAgain) {
                wrong.add(a.toString());
            }
        }
        assertTrue(wrong.isEmpty(), "checkouts answered neither an order page nor 503 잠시 후 다시 시도해 주세요: " + wrong
                + "\nall answers: " + burstAnswers);
    }

    @Test
    @DisplayName("SHOP-06, SHOP-16: a checkout while it is down gets 503 잠시 후 다시 시도해 주세요 with Retry-After, in English with ?lang=en")
    void shop06_aCheckoutWhileDownIsAskedToTryAgainInKoreanOrEnglish() {
        assertEquals(503, checkoutWhileDown.status(), checkoutWhileDown.toString());
        assertEquals(TRY_AGAIN, Customer.title(checkoutWhileDown.body()), checkoutWhileDown.body());
        assertNotNull(checkoutWhileDown.retryAfter(), "503 without Retry-After");
        assertEquals(503, checkoutWhileDownEnglish.status(), checkoutWhileDownEnglish.toString());
        assertEquals(TRY_AGAIN_EN, Customer.title(checkoutWhileDownEnglish.body()), checkoutWhileDownEnglish.body());
        for (Customer.Answer a : List.of(checkoutWhileDown, checkoutWhileDownEnglish)) {
            assertTrue(!a.body().contains("Exception") && !a.body().contains("at com."),
                    "the try-again page shows exception text:\n" + a.body());
        }
    }

    @Test
    @DisplayName("SHOP-01: the home page while it is down: still there without the broker, the try-again page without the database")
    void shop01_theHomePageWhileDown() {
        assertEquals(homePageStatusWhileDown(), browsingWhileDown.status(), browsingWhileDown.toString());
        if (homePageStatusWhileDown() == 503) {
            assertEquals(TRY_AGAIN, Customer.title(browsingWhileDown.body()), browsingWhileDown.body());
        }
    }

    @Test
    @DisplayName("/health answers within a second, 503, naming the component that is down and nothing else")
    void healthNamesTheComponentThatIsDownWithinASecond() {
        List<Health> down = healthWhileDown.stream().filter(h -> h.body().equals(healthWhileDownBody())).toList();
        assertTrue(down.size() >= 5, "too few /health answers naming the component: " + healthWhileDown);
        for (Health h : down) {
            assertEquals(503, h.status(), h.toString());
        }
        Duration fastest = down.stream().map(Health::took).min(Comparator.naturalOrder()).orElseThrow();
        Duration slowest = down.stream().map(Health::took).max(Comparator.naturalOrder()).orElseThrow();
        assertTrue(fastest.compareTo(Duration.ofSeconds(1)) < 0, "/health never answered within a second: " + down);
        // a loaded CI machine may delay one answer, but none may hang
        assertTrue(slowest.compareTo(Duration.ofSeconds(5)) < 0, "/health hung while the component was down: " + down);
    }

    @Test
    @DisplayName("the stack script brought back only the killed component and reused the two that ran")
    void theStartAfterTheCrashRestartsOnlyTheKilledComponent() {
        if (restartProblem != null) {
            throw restartProblem;
        }
    }

    @Test
    @DisplayName("SHOP-06, PAY-03: once it is back, checkouts pay again by themselves (no server restart)")
    void shop06_checkoutsPayAgainByThemselvesOnceItIsBack() {
        assertEquals(303, checkoutAfter.status(), checkoutAfter.toString());
        String slip = checkoutAfter.slipNo();
        assertNotNull(slip, checkoutAfter.toString());
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        String status = null;
        while (Instant.now().isBefore(end)) {
            status = (String) books.query("select status from customer_order where slip_no = ?", slip).get(0).get(0);
            if (status.equals("PAID")) {
                return;
            }
            FaultStack.sleep(500);
        }
        throw new AssertionError("order " + slip + " taken after the restart is " + status + ", not PAID, after 60 s");
    }

    @Test
    @DisplayName("PAY-03: every order is paid with exactly one approved payment, or unpaid and payable, or expired")
    void pay03_everyOrderIsPaidOnceOrUnpaidAndPayable() {
        List<String> broken = books.orderViolations(marker);
        assertTrue(broken.isEmpty(), String.join("\n", broken) + "\norders: " + books.orderStatuses(marker));
    }

    @Test
    @DisplayName("INV-01: stock is the initial stock minus what paid and payable orders hold")
    void inv01_stockIsInitialStockMinusPaidAndPayableOrders() {
        List<String> broken = books.stockViolations(product, initialStock, marker);
        assertTrue(broken.isEmpty(), String.join("\n", broken) + "\norders: " + books.orderStatuses(marker));
    }

    @Test
    @DisplayName("PAY-01: every approval the gateway gave has the payment row that holds it")
    void pay01_everyApprovalAtTheGatewayHasItsPaymentRow() {
        Optional<List<String>> broken = books.simulatorViolations();
        assertTrue(broken.isPresent(), "the gateway simulator's books (GET /v1/sim/approvals) could not be read");
        assertTrue(broken.get().isEmpty(), String.join("\n", broken.get()));
    }
}
