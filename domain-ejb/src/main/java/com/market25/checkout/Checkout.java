package com.market25.checkout;

import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import com.market25.common.Checks;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.DuplicateCheckoutException;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.Recipient;
import com.market25.common.InvalidInputException;
import com.market25.payment.CardDetails;
import com.market25.payment.EwalletRedirect;
import com.market25.payment.InstallmentPlans;
import com.market25.payment.InstallmentRule;
import com.market25.payment.gateway.DeclineCodes;
import java.time.LocalDate;
import com.market25.payment.PaymentDesk;
import com.market25.payment.PaymentOutcome;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * Storefront checkout (SHOP-06): the order is committed first, then paid in a transaction of
 * its own, so a declined card or an unreachable gateway leaves a payable order behind.
 *
 * <p>A checkout is idempotent per form: the page gives each checkout form a one-time key
 * ({@link FormKey}) that is stored with the order (unique). The same form sent again (a double
 * click, two tabs, a retried POST) finds that order and its payment instead of taking a second
 * order or asking for a second approval.
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

    @EJB
    private InstallmentPlans installments;

    /** A new checkout key for a checkout form. */
    @RolesAllowed(Roles.CUSTOMER)
    public String newCheckoutKey() {
        return FormKey.newKey();
    }

    /** Checks out with a form that carries no key (every call is a new checkout). */
    @RolesAllowed(Roles.CUSTOMER)
    public CheckoutResult payByCard(long memberId, Cart cart, Recipient recipient, CardDetails card) {
        return payByCard(memberId, FormKey.newKey(), cart, recipient, card);
    }

    /**
     * Takes the order and pays it by card, once per checkout form.
     *
     * @throws com.market25.common.InvalidInputException every problem of the form at once
     *         (recipient, card, lengths, the key); nothing is stored
     */
    @RolesAllowed(Roles.CUSTOMER)
    public CheckoutResult payByCard(long memberId, String checkoutKey, Cart cart, Recipient recipient,
            CardDetails card) {
        Optional<CheckoutResult> earlier = earlier(memberId, checkoutKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // Every problem on the form at once, before anything is stored.
        Checks checks = new Checks();
        recipient.check(checks);
        card.check(checks);
        checks.that(FormKey.isWellFormed(checkoutKey), "checkoutKey", "error.formKey");
        checks.throwIfAny();
        // installments against the cart's amount before an order is taken; the payment checks the
        // order's payable amount again
        if (card.company() != null) {
            InstallmentRule.refusal(orders.quote(cart).total(), card.installmentMonths(),
                    installments.planOf(card.company(), LocalDate.now())).ifPresent(key -> {
                        throw InvalidInputException.of("installmentMonths", key);
                    });
        }

        payments.requireApprovalQueue();
        OrderPlaced placed;
        try {
            placed = orders.placeOrder(memberId, cart, recipient, Channel.INTERNET, CustomerOrder.WEB_MASTER,
                    WEB_BRANCH, checkoutKey);
        } catch (DuplicateCheckoutException e) {
            return earlier(memberId, checkoutKey).orElseThrow(() -> e);
        }
        PaymentOutcome outcome;
        try {
            outcome = payments.payByCard(memberId, placed.slipNo(), card, checkoutKey);
        } catch (InvalidInputException e) {
            // the order's payable amount refused what the cart's allowed: the order stays payable
            outcome = PaymentOutcome.declined(DeclineCodes.INVALID_INSTALLMENT);
        }
        return new CheckoutResult(placed.slipNo(), outcome);
    }

    /**
     * Takes the order and starts paying it by e-wallet (간편결제), once per checkout form: the
     * result names the provider page to send the customer to (or the outcome, when refused at
     * once). A form sent again lands on its order without a second e-wallet payment.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public EwalletCheckout payByEwallet(long memberId, String payerName, String checkoutKey, Cart cart,
            Recipient recipient, String returnUrl) {
        return payByEwallet(memberId, payerName, checkoutKey, cart, recipient, returnUrl, java.math.BigDecimal.ZERO);
    }

    /**
     * As {@link #payByEwallet(long, String, String, Cart, Recipient, String)}, paying
     * {@code bonusToUse} with the member's usable bonus (BON-04) and the rest by e-wallet; a bonus
     * that pays the whole order needs no e-wallet.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public EwalletCheckout payByEwallet(long memberId, String payerName, String checkoutKey, Cart cart,
            Recipient recipient, String returnUrl, java.math.BigDecimal bonusToUse) {
        java.math.BigDecimal bonus = bonusToUse == null ? java.math.BigDecimal.ZERO : bonusToUse;
        Optional<CheckoutResult> earlier = earlier(memberId, checkoutKey);
        if (earlier.isPresent()) {
            return new EwalletCheckout(earlier.get().slipNo(), null, earlier.get().payment());
        }
        Checks checks = new Checks();
        recipient.check(checks);
        checks.that(FormKey.isWellFormed(checkoutKey), "checkoutKey", "error.formKey");
        checks.throwIfAny();

        payments.requireApprovalQueue();
        OrderPlaced placed;
        try {
            placed = orders.placeOrder(memberId, cart, recipient, Channel.INTERNET, CustomerOrder.WEB_MASTER,
                    WEB_BRANCH, checkoutKey, bonus);
        } catch (DuplicateCheckoutException e) {
            CheckoutResult first = earlier(memberId, checkoutKey).orElseThrow(() -> e);
            return new EwalletCheckout(first.slipNo(), null, first.payment());
        }
        if (placed.paidInFull()) {
            return new EwalletCheckout(placed.slipNo(), null, PaymentOutcome.approvedOutcome());
        }
        EwalletRedirect redirect = payments.startEwallet(memberId, placed.slipNo(), payerName, checkoutKey, returnUrl);
        return new EwalletCheckout(placed.slipNo(), redirect.redirectUrl(), redirect.outcome());
    }

    /**
     * Takes the order, pays {@code bonusToUse} of it with the member's usable bonus (BON-04) and the
     * rest by card, once per checkout form. An order the bonus pays in full needs no card: it is
     * 입금완료 at once and the card fields are not read.
     *
     * @throws com.market25.common.InvalidInputException every problem of the form at once
     *         (recipient, card, bonus, the key); nothing is stored
     */
    @RolesAllowed(Roles.CUSTOMER)
    public CheckoutResult payByCard(long memberId, String checkoutKey, Cart cart, Recipient recipient,
            CardDetails card, java.math.BigDecimal bonusToUse) {
        java.math.BigDecimal bonus = bonusToUse == null ? java.math.BigDecimal.ZERO : bonusToUse;
        if (bonus.signum() == 0) {
            return payByCard(memberId, checkoutKey, cart, recipient, card);
        }
        Optional<CheckoutResult> earlier = earlier(memberId, checkoutKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // the card fields are not read when the bonus pays everything
        boolean bonusPaysAll = orders.quote(cart).paidInFullBy(bonus);
        Checks checks = new Checks();
        recipient.check(checks);
        if (!bonusPaysAll) {
            card.check(checks);
        }
        checks.that(FormKey.isWellFormed(checkoutKey), "checkoutKey", "error.formKey");
        checks.throwIfAny();
        if (!bonusPaysAll) {
            payments.requireApprovalQueue();
        }
        OrderPlaced placed;
        try {
            placed = orders.placeOrder(memberId, cart, recipient, Channel.INTERNET, CustomerOrder.WEB_MASTER,
                    WEB_BRANCH, checkoutKey, bonus);
        } catch (DuplicateCheckoutException e) {
            return earlier(memberId, checkoutKey).orElseThrow(() -> e);
        }
        if (placed.paidInFull()) {
            return new CheckoutResult(placed.slipNo(), PaymentOutcome.approvedOutcome());
        }
        return new CheckoutResult(placed.slipNo(), payments.payByCard(memberId, placed.slipNo(), card, checkoutKey));
    }

    /** The order this form took before, with how its payment stands now. */
    private Optional<CheckoutResult> earlier(long memberId, String checkoutKey) {
        return orders.slipOfCheckout(memberId, checkoutKey)
                .map(slip -> new CheckoutResult(slip, payments.outcomeOfForm(checkoutKey)
                        .orElse(PaymentOutcome.underway().asRepeated())));
    }
}
