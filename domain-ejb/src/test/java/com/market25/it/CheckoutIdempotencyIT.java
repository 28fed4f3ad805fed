package com.market25.it;

import static com.market25.it.PaymentsFixture.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.catalog.Catalog;
import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.common.InvalidInputException;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
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
import com.market25.payment.gateway.CardStatus;
import java.time.Year;
import java.util.List;
import java.util.concurrent.Callable;
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
 * SHOP-05/06 limits on a real container: a checkout form sent twice takes one order and one
 * approval, pay-again is idempotent and limited to five attempts an hour, a form with a field
 * too long for its column stores nothing, and the cart takes only products the shop sells.
 */
@ExtendWith(ItEnvironment.class)
@ExtendWith(ArquillianExtension.class)
class CheckoutIdempotencyIT {

    @Deployment
    static WebArchive deployment() {
        return ItEnvironment.deployment(CheckoutIdempotencyIT.class, PaymentsFixture.class);
    }

    private Checkout checkout;
    private OrderDesk orders;
    private PaymentDesk payments;
    private Catalog catalog;
    private Db db;

    @BeforeEach
    void lookUp() {
        checkout = bean(Checkout.class);
        orders = bean(OrderDesk.class);
        payments = bean(PaymentDesk.class);
        catalog = bean(Catalog.class);
        db = new Db();
    }

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
}
