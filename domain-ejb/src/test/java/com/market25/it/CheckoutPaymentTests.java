package com.market25.it;

import static com.market25.it.PaymentsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.market25.catalog.Catalog;
import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.ordering.UnpaidOrderExpiry;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentOutcome;
import com.market25.payment.PaymentReconciliation;
import com.market25.payment.PaymentStatus;
import com.market25.payment.PaymentView;
import com.market25.payment.ReconciliationAction;
import com.market25.payment.ReconciliationEntry;
import com.market25.payment.ReconciliationReason;
import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Checkout and card payment on a real container (Payara Micro, MariaDB, Artemis, the gateway
 * simulator), one deployment for the three sides of taking money:
 * <ul>
 * <li>SHOP-05/06: a checkout form sent twice takes one order and one approval, pay-again is
 * idempotent and limited to five attempts an hour, a form with a field too long for its column
 * stores nothing, and the cart takes only products the shop sells;</li>
 * <li>PAY-01..03: an approval whose answer cannot be trusted or recorded is taken back at once,
 * and what a crash leaves open is finished by reconciliation;</li>
 * <li>INV-01, ORD-01: an unpaid order expires after its deadline (or is cancelled by the customer
 * or staff) and its stock comes back, exactly once.</li>
 * </ul>
 * One class, not three: each deployment boots its own Payara Micro (half a minute), and the
 * module tests must leave room in the CI budget.
 */
abstract class CheckoutPaymentTests extends JourneyTests {


    private Checkout checkout;
    private OrderDesk orders;
    private PaymentDesk payments;
    private Catalog catalog;
    private Db db;
    private PaymentReconciliation reconciliation;
    private UnpaidOrderExpiry expiry;

    @BeforeEach
    void lookUpCheckoutPayment() {
        checkout = bean(Checkout.class);
        orders = bean(OrderDesk.class);
        payments = bean(PaymentDesk.class);
        catalog = bean(Catalog.class);
        reconciliation = bean(PaymentReconciliation.class);
        expiry = bean(UnpaidOrderExpiry.class);
        db = new Db();
    }

    // ---- SHOP-05/06: one order and one approval per form

    @Test
    @DisplayName("SHOP-06: the same checkout form sent again lands on the same order, with one approval")
    void shop06_aRepeatedCheckoutFormFindsTheFirstOrder() {
        String key = checkout.newCheckoutKey();
        CheckoutResult first = checkout.payByCard(MIRAN, key, cart(HANGER, 1), recipient("안미란"),
                card(APPROVING_CARD, "안미란"));
        CheckoutResult again = checkout.payByCard(MIRAN, key, cart(HANGER, 1), recipient("안미란"),
                card(APPROVING_CARD, "안미란"));

        assertTrue(first.payment().approved());
        assertFalse(first.payment().repeated());
        assertEquals(first.slipNo(), again.slipNo(), "same order page");
        assertTrue(again.payment().repeated(), "the second request asked nobody anything");
        assertTrue(again.payment().approved(), "and tells how the first one went");
        assertEquals(1, db.count("select count(*) from customer_order where checkout_key = ?", key));
        assertEquals(1, payments.paymentsOf(first.slipNo()).size(), "one payment attempt");
        assertEquals(CardStatus.State.NOT_FOUND, gatewayStatus(first.slipNo() + "-2").state(),
                "no second approval request reached the gateway");
    }

    @Test
    @DisplayName("SHOP-06: two submits of one form at the same moment (double click) take one order")
    void shop06_concurrentSubmitsOfOneFormTakeOneOrder() throws Exception {
        String key = checkout.newCheckoutKey();
        int stockBefore = catalog.product(BOOK).orElseThrow().stock();
        Callable<CheckoutResult> submit = () -> checkout.payByCard(MIRAN, key, cart(BOOK, 2), recipient("안미란"),
                card(SLOW_ANSWER_CARD, "안미란"));
        ExecutorService twoTabs = Executors.newFixedThreadPool(2);
        try {
            Future<CheckoutResult> a = twoTabs.submit(submit);
            Future<CheckoutResult> b = twoTabs.submit(submit);
            CheckoutResult ra = a.get();
            CheckoutResult rb = b.get();

            assertEquals(ra.slipNo(), rb.slipNo(), "both land on the same order");
            assertTrue(ra.payment().repeated() != rb.payment().repeated(), "exactly one did the work: " + ra + rb);
        } finally {
            twoTabs.shutdownNow();
        }
        assertEquals(1, db.count("select count(*) from customer_order where checkout_key = ?", key));
        String slip = (String) db.value("select slip_no from customer_order where checkout_key = ?", key);
        assertEquals(1, payments.paymentsOf(slip).size(), "one card approval asked for");
        assertEquals(stockBefore - 2, catalog.product(BOOK).orElseThrow().stock(), "stock taken once");
    }

    @Test
    @DisplayName("SHOP-06: a pay-again form sent twice asks the gateway once")
    void shop06_aRepeatedPayAgainFormIsOneAttempt() {
        CheckoutResult declined = checkout.payByCard(MIRAN, checkout.newCheckoutKey(), cart(BOOK, 1),
                recipient("안미란"), card(LIMIT_EXCEEDED_CARD, "안미란"));
        assertFalse(declined.payment().approved());
        String requestKey = FormKey.newKey();

        PaymentOutcome first = payments.payByCard(MIRAN, declined.slipNo(), card(APPROVING_CARD, "안미란"), requestKey);
        PaymentOutcome again = payments.payByCard(MIRAN, declined.slipNo(), card(APPROVING_CARD, "안미란"), requestKey);

        assertTrue(first.approved());
        assertTrue(again.approved() && again.repeated(), "the second is the first's outcome: " + again);
        List<PaymentView> attempts = payments.paymentsOf(declined.slipNo());
        assertEquals(2, attempts.size(), "two attempts, not three: " + attempts);
        assertEquals(PaymentStatus.DECLINED, attempts.get(0).status());
        assertEquals(CardStatus.State.NOT_FOUND, gatewayStatus(declined.slipNo() + "-3").state());
    }

    @Test
    @DisplayName("Pay-again: at most five attempts an hour on one order; the sixth asks nobody")
    void payAgain_aSixthAttemptWithinTheHourIsRefused() {
        OrderPlaced placed = orders.placeOrder(YONGCHAN, cart(BOOK, 1), recipient("권용찬"), Channel.INTERNET,
                CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH);
        for (int i = 1; i <= 5; i++) {
            PaymentOutcome declined = payments.payByCard(YONGCHAN, placed.slipNo(),
                    card(LIMIT_EXCEEDED_CARD, "권용찬"), FormKey.newKey());
            assertEquals("LIMIT_EXCEEDED", declined.declineCode(), "attempt " + i);
        }

        PaymentOutcome sixth = payments.payByCard(YONGCHAN, placed.slipNo(), card(APPROVING_CARD, "권용찬"),
                FormKey.newKey());

        assertEquals(PaymentOutcome.TOO_MANY_ATTEMPTS, sixth.declineCode());
        assertEquals(5, payments.paymentsOf(placed.slipNo()).size(), "no sixth attempt recorded");
        assertEquals(CardStatus.State.NOT_FOUND, gatewayStatus(placed.slipNo() + "-6").state());
        assertEquals(OrderStatus.RECEIVED, orders.detail(placed.slipNo()).orElseThrow().status(), "still payable later");
    }

    @Test
    @DisplayName("SHOP-06: a field too long for its column is refused before anything is stored")
    void shop06_aTooLongFieldStoresNothing() {
        long ordersBefore = db.count("select count(*) from customer_order where member_id = ?", MIRAN);
        int stockBefore = catalog.product(HANGER).orElseThrow().stock();
        Recipient longNote = new Recipient(RecipientKind.HOME, "안미란", "031-658-2376", "17900", "경기도 평택시",
                "가".repeat(301));
        CardDetails longPayer = new CardDetails(CardCompany.BC, APPROVING_CARD, "12",
                String.valueOf(Year.now().getValue() + 2), 0, "가".repeat(61));

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> checkout.payByCard(MIRAN,
                checkout.newCheckoutKey(), cart(HANGER, 1), longNote, longPayer));

        assertEquals("error.tooLong.60", refused.fieldErrors().get("payerName"), refused.fieldErrors().toString());
        assertEquals("error.tooLong.300", refused.fieldErrors().get("deliveryNote"), refused.fieldErrors().toString());
        assertEquals(ordersBefore, db.count("select count(*) from customer_order where member_id = ?", MIRAN),
                "no order left behind by the refused payment form");
        assertEquals(stockBefore, catalog.product(HANGER).orElseThrow().stock(), "no stock taken");

        InvalidInputException badKey = assertThrows(InvalidInputException.class, () -> checkout.payByCard(MIRAN,
                "x".repeat(41), cart(HANGER, 1), recipient("안미란"), card(APPROVING_CARD, "안미란")));
        assertEquals("error.formKey", badKey.fieldErrors().get("checkoutKey"));
    }

    @Test
    @DisplayName("SHOP-05: a product code the shop does not sell is refused, not kept in the cart")
    void shop05_anUnknownProductCodeIsRefused() {
        Cart cart = new Cart();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> orders.addToCart(cart, "000000000000", 1));
        assertEquals("error.productUnknown", e.fieldErrors().get("code"));
        assertTrue(cart.isEmpty());
        orders.addToCart(cart, DIMCHAE, 2);
        assertEquals(2, cart.quantities().get(DIMCHAE));
    }

    // ---- PAY-01..03: no approval lost or left dangling

    @Test
    @DisplayName("PAY-02: an approval whose answer times out is cancelled at the gateway, the order stays payable")
    void pay02_timeoutAfterApprovingIsNetCancelled() {
        CheckoutResult result = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"),
                card(TIMEOUT_AFTER_APPROVAL_CARD, "안미란"));

        assertEquals(PaymentOutcome.NET_CANCELLED, result.payment().declineCode(), "outcome: " + result.payment());
        PaymentView attempt = onlyPayment(result.slipNo());
        assertEquals(PaymentStatus.CANCELLED, attempt.status());
        assertEquals(CardStatus.State.CANCELLED, gatewayStatus(attempt.reference()).state(),
                "the simulator approved it, and now has it cancelled");
        OrderDetail order = detail(result.slipNo());
        assertEquals(OrderStatus.RECEIVED, order.status());
        assertTrue(order.payable(), "payable again");
        assertEquals(ReconciliationAction.CANCELLED, lastDecision(attempt.id()).action());
        assertEquals(ReconciliationReason.NO_USABLE_ANSWER, lastDecision(attempt.id()).reason());
        assertEquals(PaymentDesk.CHECKOUT, lastDecision(attempt.id()).checkedBy());
    }

    @Test
    @DisplayName("PAY-02: a duplicated answer of another request is not taken for this approval")
    void pay02_duplicateAnswerIsNotTrustedAndTheApprovalIsTakenBack() {
        CheckoutResult earlier = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"),
                card(APPROVING_CARD, "안미란"));
        assertTrue(earlier.payment().approved());

        CheckoutResult result = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"),
                card(DUPLICATE_ANSWER_CARD, "안미란"));

        assertEquals(PaymentOutcome.NET_CANCELLED, result.payment().declineCode(), "outcome: " + result.payment());
        PaymentView attempt = onlyPayment(result.slipNo());
        assertEquals(PaymentStatus.CANCELLED, attempt.status());
        assertEquals(CardStatus.State.CANCELLED, gatewayStatus(attempt.reference()).state());
        assertTrue(detail(result.slipNo()).payable());
        assertEquals(OrderStatus.PAID, awaitStatus(earlier.slipNo(), OrderStatus.PAID).status(),
                "the earlier order keeps its own approval");
    }

    @Test
    @DisplayName("PAY-02: an approval the shop fails to record is cancelled at the gateway; paying again works")
    void pay02_anApprovalThatCannotBeRecordedIsNetCancelled() {
        String payer = "IT-RECORD-FAIL-" + ThreadLocalRandom.current().nextInt(100_000);
        // the database refuses to record this payer's approval: the recording transaction fails
        execute("drop trigger if exists it_refuse_authorize");
        execute("create trigger it_refuse_authorize before update on payment for each row begin"
                + " if new.status = 'AUTHORIZED' and old.payer_name like 'IT-RECORD-FAIL-%' then"
                + " signal sqlstate '45000' set message_text = 'IT: recording refused'; end if; end");
        CheckoutResult result;
        try {
            result = checkout.payByCard(MIRAN, cart(HANGER, 1), recipient("안미란"), card(APPROVING_CARD, payer));
        } finally {
            execute("drop trigger if exists it_refuse_authorize");
        }

        assertEquals(PaymentOutcome.NET_CANCELLED, result.payment().declineCode(), "outcome: " + result.payment());
        PaymentView attempt = onlyPayment(result.slipNo());
        assertEquals(PaymentStatus.CANCELLED, attempt.status());
        assertEquals(CardStatus.State.CANCELLED, gatewayStatus(attempt.reference()).state(),
                "no approval outlives the failed transaction");
        assertEquals(ReconciliationReason.NOT_RECORDED, lastDecision(attempt.id()).reason());

        PaymentOutcome again = payments.payByCard(MIRAN, result.slipNo(), card(APPROVING_CARD, "안미란"));
        assertTrue(again.approved(), "paid on the second attempt: " + again);
        awaitStatus(result.slipNo(), OrderStatus.PAID);
        List<PaymentView> all = payments.paymentsOf(result.slipNo());
        assertEquals(List.of(PaymentStatus.CANCELLED, PaymentStatus.APPROVED), all.stream().map(PaymentView::status).toList());
        assertEquals(result.slipNo() + "-2", all.get(1).reference(), "each attempt its own reference");
    }

    @Test
    @DisplayName("PAY-01: a slow answer within the timeout is an ordinary approval")
    void pay01_aSlowAnswerIsStillApproved() {
        CheckoutResult result = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"),
                card(SLOW_ANSWER_CARD, "안미란"));
        assertTrue(result.payment().approved(), "outcome: " + result.payment());
        awaitStatus(result.slipNo(), OrderStatus.PAID);
        assertEquals(PaymentStatus.APPROVED, onlyPayment(result.slipNo()).status());
    }

    @Test
    @DisplayName("PAY-03: an authorized payment whose message never arrived is completed by the reconciliation")
    void pay03_anAuthorizedPaymentWithoutItsMessageIsCompleted() {
        Stuck stuck = stuckPayment(PaymentStatus.AUTHORIZED, true);

        reconciliation.run("it-reconciliation");

        OrderDetail order = awaitStatus(stuck.slipNo(), OrderStatus.PAID);
        assertEquals(PaymentStatus.APPROVED, onlyPayment(stuck.slipNo()).status());
        assertEquals(1, order.changes().stream().filter(c -> c.to() == OrderStatus.PAID).count());
        assertEquals("PG:market25-sim", order.changes().get(order.changes().size() - 1).by());
        assertEquals(ReconciliationAction.COMPLETED, lastDecision(stuck.paymentId()).action());
        assertEquals(CardStatus.State.APPROVED, gatewayStatus(stuck.reference()).state());
    }

    @Test
    @DisplayName("PAY-03: a request the gateway approved but the shop never recorded (crash) is completed")
    void pay03_aRequestedPaymentApprovedAtTheGatewayIsCompleted() {
        Stuck stuck = stuckPayment(PaymentStatus.REQUESTED, true);

        reconciliation.run("it-reconciliation");

        awaitStatus(stuck.slipNo(), OrderStatus.PAID);
        PaymentView payment = onlyPayment(stuck.slipNo());
        assertEquals(PaymentStatus.APPROVED, payment.status());
        assertEquals(stuck.approvalNo(), payment.approvalNo(), "the gateway's approval number is recorded");
    }

    @Test
    @DisplayName("PAY-03: a request that never reached the gateway is closed there and the order is payable again")
    void pay03_aRequestTheGatewayNeverSawIsClosed() {
        Stuck stuck = stuckPayment(PaymentStatus.REQUESTED, false);

        reconciliation.run("it-reconciliation");

        assertEquals(PaymentStatus.CANCELLED, onlyPayment(stuck.slipNo()).status());
        assertEquals(CardStatus.State.CANCELLED, gatewayStatus(stuck.reference()).state(), "reference closed");
        assertTrue(detail(stuck.slipNo()).payable(), "the order can be paid again");
        assertThrows(GatewayRefusal.class, () -> approveAtGateway(stuck.reference(), stuck.amount()),
                "a late approval of the closed reference is refused");
    }

    @Test
    @DisplayName("PAY-01: an e-wallet customer still on the provider's page after the card grace keeps the payment open; after 10 minutes it is closed")
    void pay01_anEwalletPaymentWaitsForItsCustomerLongerThanACard() {
        Stuck onProviderPage = stuckPayment(PaymentStatus.REQUESTED, false, false, 5, "E_WALLET");
        Stuck gone = stuckPayment(PaymentStatus.REQUESTED, false, false, 11, "E_WALLET");

        reconciliation.run("it-reconciliation");

        assertEquals(PaymentStatus.REQUESTED, onlyPayment(onProviderPage.slipNo()).status(),
                "5 minutes on the provider's page: not the shop's to close yet");
        assertEquals(PaymentStatus.CANCELLED, onlyPayment(gone.slipNo()).status());
        assertTrue(detail(gone.slipNo()).payable(), "the order can be paid again");
    }

    @Test
    @DisplayName("PAY-03: an authorized payment of an order that no longer waits is cancelled at the gateway")
    void pay03_anAuthorizedPaymentOfACancelledOrderIsCancelledAtTheGateway() {
        Stuck stuck = stuckPayment(PaymentStatus.AUTHORIZED, true, true, 10);

        reconciliation.run("it-reconciliation");

        assertEquals(PaymentStatus.CANCELLED, onlyPayment(stuck.slipNo()).status());
        assertEquals(CardStatus.State.CANCELLED, gatewayStatus(stuck.reference()).state());
        assertEquals(OrderStatus.CANCELLED, detail(stuck.slipNo()).status(), "not paid");
        ReconciliationEntry decision = lastDecision(stuck.paymentId());
        assertAll(
                () -> assertEquals(ReconciliationAction.CANCELLED, decision.action()),
                () -> assertEquals(PaymentStatus.AUTHORIZED, decision.foundStatus()),
                () -> assertEquals(ReconciliationReason.ORDER_NOT_WAITING, decision.reason()));
    }

    @Test
    @DisplayName("PAY-03: the stuck payments and the job's decisions are listed for staff")
    void pay03_openPaymentsAndDecisionsAreListed() {
        // younger than the job's grace: open, listed, not yet the job's
        Stuck stuck = stuckPayment(PaymentStatus.REQUESTED, false, false, 1);
        assertTrue(payments.openPayments(500).stream().anyMatch(p -> p.paymentId() == stuck.paymentId()),
                "listed while open");
        execute("update payment set requested_at = requested_at - interval 9 minute where id = ?", stuck.paymentId());

        reconciliation.run("it-reconciliation");

        assertFalse(payments.openPayments(500).stream().anyMatch(p -> p.paymentId() == stuck.paymentId()),
                "no longer open");
        assertTrue(payments.reconciliationLog(50).stream().anyMatch(e -> e.paymentId() == stuck.paymentId()
                && e.slipNo().equals(stuck.slipNo()) && e.action() == ReconciliationAction.CANCELLED));
    }

    // --- helpers -----------------------------------------------------------------------------

    /** What a crash or a lost message leaves: an open payment row, minutes old, its order held. */
    private record Stuck(String slipNo, long paymentId, String reference, BigDecimal amount, String approvalNo) {
    }

    private Stuck stuckPayment(PaymentStatus status, boolean approvedAtGateway) {
        return stuckPayment(status, approvedAtGateway, false, 10);
    }

    private Stuck stuckPayment(PaymentStatus status, boolean approvedAtGateway, boolean orderCancelled, int minutesOld) {
        return stuckPayment(status, approvedAtGateway, orderCancelled, minutesOld, "CARD");
    }

    private Stuck stuckPayment(PaymentStatus status, boolean approvedAtGateway, boolean orderCancelled, int minutesOld,
            String method) {
        OrderPlaced placed = orders.placeOrder(MIRAN, cart(BOOK, 1), recipient("안미란"), Channel.INTERNET,
                CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH);
        String reference = placed.slipNo() + "-1";
        String approvalNo = null;
        String token = null;
        if (approvedAtGateway) {
            CardApproval approval = approveAtGateway(reference, placed.totalAmount());
            approvalNo = approval.approvalNumber();
            token = approval.gatewayToken();
        }
        if (orderCancelled) {
            execute("update customer_order set status = 'CANCELLED' where id = ?", placed.orderId());
        } else {
            execute("update customer_order set payment_underway = true where id = ?", placed.orderId());
        }
        // times on the application's clock, as it writes them
        java.sql.Timestamp then = java.sql.Timestamp.valueOf(java.time.LocalDateTime.now().minusMinutes(minutesOld));
        execute("insert into payment (order_id, method, payer_name, card_company, installment_months, masked_card_no,"
                        + " gateway_name, gateway_token, approval_no, amount, status, requested_at, authorized_at,"
                        + " reference, ordered_at) values (?, ?, '안미란', 'BC', 0, '4111-11**-****-1111', ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (select o.ordered_at from customer_order o where o.id = ?))",
                placed.orderId(), method, approvedAtGateway ? "market25-sim" : null, token,
                status == PaymentStatus.AUTHORIZED ? approvalNo : null, placed.totalAmount(), status.name(), then,
                status == PaymentStatus.AUTHORIZED ? then : null, reference, placed.orderId());
        long paymentId = ((Number) db.value("select id from payment where reference = ?", reference)).longValue();
        return new Stuck(placed.slipNo(), paymentId, reference, placed.totalAmount(), approvalNo);
    }

    private static CardApproval approveAtGateway(String reference, BigDecimal amount) {
        try (PaymentGatewayConnection c = gateway().getConnection()) {
            CardApproval approval = c.approveCard(new CardApprovalRequest(reference, amount, "BC", APPROVING_CARD,
                    String.valueOf(Year.now().getValue() + 2).substring(2) + "12", 0));
            assertTrue(approval.approved());
            assertNotNull(approval.approvalNumber());
            return approval;
        } catch (GatewayException e) {
            throw new GatewayRefusal(e);
        } catch (jakarta.resource.ResourceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unchecked carrier, so assertThrows can look for the gateway's refusal. */
    private static final class GatewayRefusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        GatewayRefusal(GatewayException cause) {
            super(cause);
        }
    }

    private PaymentView onlyPayment(String slipNo) {
        List<PaymentView> all = payments.paymentsOf(slipNo);
        assertEquals(1, all.size(), "one payment of " + slipNo + ": " + all);
        return all.get(0);
    }

    private ReconciliationEntry lastDecision(long paymentId) {
        return payments.reconciliationLog(200).stream().filter(e -> e.paymentId() == paymentId).findFirst()
                .orElseThrow(() -> new AssertionError("no decision about payment " + paymentId));
    }

    private OrderDetail detail(String slipNo) {
        return orders.detail(slipNo).orElseThrow(() -> new AssertionError("no slip " + slipNo));
    }

    private OrderDetail awaitStatus(String slipNo, OrderStatus status) {
        return Await.until("slip " + slipNo + " in " + status, () -> detail(slipNo), d -> d.status() == status);
    }

    // ---- INV-01, ORD-01: unpaid orders expire or are cancelled, stock comes back

    @Test
    @DisplayName("INV-01: an unpaid order past its 30 minutes becomes 주문취소 with its stock back")
    void inv01_anOverdueUnpaidOrderExpiresWithItsStockBack() {
        int stockBefore = stock(DIMCHAE);
        OrderPlaced placed = place(MIRAN, DIMCHAE, 2);
        assertEquals(stockBefore - 2, stock(DIMCHAE));
        backdate(placed, 31);

        expiry.expireOverdue();

        OrderDetail order = detail(placed.slipNo());
        List<Map<String, Object>> history = db.rows("select from_status, to_status, changed_by from order_status_change"
                + " where order_id = ? order by id", placed.orderId());
        assertAll(
                () -> assertEquals(OrderStatus.CANCELLED, order.status(), "주문취소"),
                () -> assertNotNull(order.cancelledAt()),
                () -> assertFalse(order.payable()),
                () -> assertEquals(stockBefore, stock(DIMCHAE), "stock returned"),
                () -> assertEquals(2, history.size(), "received, then cancelled: " + history),
                () -> assertEquals("RECEIVED", history.get(1).get("from_status")),
                () -> assertEquals("CANCELLED", history.get(1).get("to_status")),
                () -> assertEquals(OrderDesk.EXPIRY, history.get(1).get("changed_by")),
                () -> assertTrue(order.lines().stream().allMatch(l -> l.status() == OrderStatus.CANCELLED)));

        PaymentOutcome late = payments.payByCard(MIRAN, placed.slipNo(), card(APPROVING_CARD, "안미란"));
        assertEquals(PaymentOutcome.NOT_PAYABLE, late.declineCode(), "a cancelled order is not payable");
        assertTrue(payments.paymentsOf(placed.slipNo()).isEmpty(), "nothing was sent to the gateway");
    }

    @Test
    @DisplayName("INV-01: an order within its deadline, or with a payment underway, stays")
    void inv01_aYoungOrderOrOneBeingPaidStays() {
        OrderPlaced young = place(MIRAN, BOOK, 1);
        backdate(young, 29);
        OrderPlaced beingPaid = place(MIRAN, BOOK, 1);
        backdate(beingPaid, 90);
        execute("update customer_order set payment_underway = true where id = ?", beingPaid.orderId());
        try {
            expiry.expireOverdue();

            assertEquals(OrderStatus.RECEIVED, detail(young.slipNo()).status());
            assertEquals(OrderStatus.RECEIVED, detail(beingPaid.slipNo()).status(), "the payment decides first");
        } finally {
            execute("update customer_order set payment_underway = false where id = ?", beingPaid.orderId());
        }
    }

    @Test
    @DisplayName("INV-01: two servers expiring at the same moment cancel each order once")
    void inv01_concurrentRunsCancelEachOrderOnce() throws Exception {
        int stockBefore = stock(HANGER);
        List<OrderPlaced> overdue = List.of(place(MIRAN, HANGER, 1), place(YONGCHAN, HANGER, 2), place(MIRAN, HANGER, 3));
        overdue.forEach(o -> backdate(o, 45));
        assertEquals(stockBefore - 6, stock(HANGER));

        ExecutorService twoServers = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = twoServers.submit(expiry::expireOverdue);
            Future<Integer> b = twoServers.submit(expiry::expireOverdue);
            a.get();
            b.get();
        } finally {
            twoServers.shutdownNow();
        }

        for (OrderPlaced o : overdue) {
            assertEquals(OrderStatus.CANCELLED, detail(o.slipNo()).status());
            assertEquals(1, db.count("select count(*) from order_status_change where order_id = ? and to_status = 'CANCELLED'",
                    o.orderId()), "one cancellation of " + o.slipNo());
        }
        assertEquals(stockBefore, stock(HANGER), "each order's stock returned exactly once");
    }

    @Test
    @DisplayName("ORD-01: the customer cancels an unpaid order; its stock comes back; once only")
    void ord01_theCustomerCancelsAnUnpaidOrder() {
        int stockBefore = stock(BOOK);
        OrderPlaced placed = place(MIRAN, BOOK, 3);

        InvalidInputException foreign = assertThrows(InvalidInputException.class,
                () -> orders.cancelByCustomer(YONGCHAN, "yongchan", placed.slipNo()));
        assertEquals("error.orderUnknown", foreign.fieldErrors().get("slipNo"), "another member's slip is not found");

        orders.cancelByCustomer(MIRAN, "miran", placed.slipNo());

        OrderDetail order = detail(placed.slipNo());
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("MEMBER:miran", order.changes().get(order.changes().size() - 1).by());
        assertEquals(stockBefore, stock(BOOK));
        InvalidInputException twice = assertThrows(InvalidInputException.class,
                () -> orders.cancelByCustomer(MIRAN, "miran", placed.slipNo()));
        assertEquals("error.notCancellable", twice.fieldErrors().get("slipNo"));
        assertEquals(stockBefore, stock(BOOK), "not returned twice");
    }

    @Test
    @DisplayName("ORD-01: staff cancel an unpaid slip, but neither a paid one nor one being paid")
    void ord01_staffCancelOnlyUnpaidSlips() {
        OrderPlaced unpaid = place(YONGCHAN, BOOK, 1);
        orders.cancelByStaff(unpaid.slipNo(), "admin");
        OrderDetail cancelled = detail(unpaid.slipNo());
        assertEquals(OrderStatus.CANCELLED, cancelled.status());
        assertEquals("admin", cancelled.changes().get(cancelled.changes().size() - 1).by());

        CheckoutResult paid = checkout.payByCard(MIRAN, cart(BOOK, 1), recipient("안미란"), card(APPROVING_CARD, "안미란"));
        Await.until("slip " + paid.slipNo() + " paid", () -> detail(paid.slipNo()), d -> d.status() == OrderStatus.PAID);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> orders.cancelByStaff(paid.slipNo(), "admin"));
        assertEquals("error.notCancellable", refused.fieldErrors().get("slipNo"));
        assertEquals(OrderStatus.PAID, detail(paid.slipNo()).status());

        OrderPlaced beingPaid = place(MIRAN, BOOK, 1);
        execute("update customer_order set payment_underway = true where id = ?", beingPaid.orderId());
        try {
            assertThrows(InvalidInputException.class, () -> orders.cancelByStaff(beingPaid.slipNo(), "admin"));
            assertEquals(OrderStatus.RECEIVED, detail(beingPaid.slipNo()).status());
        } finally {
            execute("update customer_order set payment_underway = false where id = ?", beingPaid.orderId());
        }
    }

    @Test
    @DisplayName("INV-01: the expiry timer runs by itself, every 20 seconds")
    void inv01_theTimerExpiresOverdueOrdersByItself() {
        OrderPlaced placed = place(YONGCHAN, BOOK, 1);
        backdate(placed, 60);
        long deadline = System.nanoTime() + Duration.ofSeconds(35).toNanos();
        while (detail(placed.slipNo()).status() != OrderStatus.CANCELLED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the timer did not expire " + placed.slipNo() + " within 35 s");
            }
            Await.pause(Duration.ofSeconds(1));
        }
        assertEquals(OrderDesk.EXPIRY, db.value("select changed_by from order_status_change where order_id = ?"
                + " and to_status = 'CANCELLED'", placed.orderId()));
    }

    // --- helpers -----------------------------------------------------------------------------

    private OrderPlaced place(long memberId, String code, int quantity) {
        return orders.placeOrder(memberId, cart(code, quantity), recipient("안미란"), Channel.INTERNET,
                CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH);
    }

    private static void backdate(OrderPlaced order, int minutes) {
        // relative to the application's own clock (the database's may run on another time zone)
        execute("update customer_order set ordered_at = ordered_at - interval " + minutes + " minute where id = ?",
                order.orderId());
    }

    private int stock(String code) {
        return catalog.product(code).orElseThrow().stock();
    }


}
