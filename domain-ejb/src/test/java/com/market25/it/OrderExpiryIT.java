package com.market25.it;

import static com.market25.it.PaymentsFixture.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.catalog.Catalog;
import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.UnpaidOrderExpiry;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * INV-01 / ORD-01: unpaid orders give their stock back. A 주문접수 order with no payment underway
 * is cancelled (주문취소) when its payment deadline passes, or when the customer or staff cancel
 * it: stock returned, one status-change row, no longer payable. The job is set-based and
 * cancels each order once even when two servers run it at the same moment.
 */
@ExtendWith(ItEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class OrderExpiryIT {

    @Deployment
    static WebArchive deployment() {
        return ItEnvironment.deployment(OrderExpiryIT.class, PaymentsFixture.class);
    }

    private Catalog catalog;
    private OrderDesk orders;
    private UnpaidOrderExpiry expiry;
    private PaymentDesk payments;
    private Checkout checkout;
    private Db db;

    @BeforeEach
    void lookUp() {
        catalog = bean(Catalog.class);
        orders = bean(OrderDesk.class);
        expiry = bean(UnpaidOrderExpiry.class);
        payments = bean(PaymentDesk.class);
        checkout = bean(Checkout.class);
        db = new Db();
    }

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

    private OrderDetail detail(String slipNo) {
        return orders.detail(slipNo).orElseThrow(() -> new AssertionError("no slip " + slipNo));
    }
}
