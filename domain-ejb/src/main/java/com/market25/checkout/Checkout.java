package com.market25.checkout;

import com.market25.common.Checks;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.Recipient;
import com.market25.payment.CardDetails;
import com.market25.payment.PaymentDesk;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Storefront checkout (SHOP-06): the order is committed first, then paid in a transaction of
 * its own, so a declined card or an unreachable gateway leaves a payable order behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Checkout {

    /** Branch (지사) that web orders are booked to. */
    public static final String WEB_BRANCH = "0040";

    @EJB
    private OrderDesk orders;

    @EJB
    private PaymentDesk payments;

    public CheckoutResult payByCard(long memberId, Cart cart, Recipient recipient, CardDetails card) {
        // Every problem on the form at once, before anything is stored.
        Checks checks = new Checks();
        recipient.check(checks);
        card.check(checks);
        checks.throwIfAny();

        OrderPlaced placed = orders.placeOrder(memberId, cart, recipient, Channel.INTERNET,
                CustomerOrder.WEB_MASTER, WEB_BRANCH);
        return new CheckoutResult(placed.slipNo(), payments.payByCard(memberId, placed.slipNo(), card));
    }
}
