package com.market25.it;

import static com.market25.it.PaymentsFixture.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.OrderStatus;
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
import java.time.Year;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PAY-01..03 under faults: a card approval is never lost or left dangling. The gateway simulator
 * plays the faults (magic card numbers); the shop takes back (망취소) what it cannot trust or
 * record, and the reconciliation job settles what a crash or a dead-lettered message left open.
 * Every check is against the gateway's own books (status inquiry) and the payment rows.
 */
@ExtendWith(ItEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class PaymentRecoveryIT {

    @Deployment
    static WebArchive deployment() {
        return ItEnvironment.deployment(PaymentRecoveryIT.class, PaymentsFixture.class);
    }

    private Checkout checkout;
    private OrderDesk orders;
    private PaymentDesk payments;
    private PaymentReconciliation reconciliation;
    private Db db;

    @BeforeEach
    void lookUp() {
        checkout = bean(Checkout.class);
        orders = bean(OrderDesk.class);
        payments = bean(PaymentDesk.class);
        reconciliation = bean(PaymentReconciliation.class);
        db = new Db();
    }

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
                        + " reference) values (?, 'CARD', '안미란', 'BC', 0, '4111-11**-****-1111', ?, ?, ?, ?, ?, ?, ?, ?)",
                placed.orderId(), approvedAtGateway ? "market25-sim" : null, token,
                status == PaymentStatus.AUTHORIZED ? approvalNo : null, placed.totalAmount(), status.name(), then,
                status == PaymentStatus.AUTHORIZED ? then : null, reference);
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
}
