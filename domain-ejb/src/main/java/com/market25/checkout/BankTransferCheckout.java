package com.market25.checkout;

import com.market25.common.Checks;
import com.market25.ordering.Cart;
import com.market25.ordering.Channel;
import com.market25.ordering.CustomerOrder;
import com.market25.ordering.DuplicateCheckoutException;
import com.market25.ordering.FormKey;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderPlaced;
import com.market25.ordering.Recipient;
import com.market25.payment.BankTransferDesk;
import com.market25.payment.VirtualAccountView;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Optional;

/**
 * Storefront checkout with a bank transfer (무통장입금, SHOP-06): the order is committed first
 * (stock reserved), then its virtual account is issued in a transaction of its own, so an
 * unreachable bank leaves a payable order behind. Idempotent per checkout form like
 * {@link Checkout}: the same form again lands on the same order and the same account.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BankTransferCheckout {

    /**
     * The order taken, and its account (empty when the bank could not be asked, or when the bonus
     * paid the whole order: {@code paidByBonus}).
     */
    public record Result(String slipNo, Optional<VirtualAccountView> account, boolean paidByBonus) {
        public Result(String slipNo, Optional<VirtualAccountView> account) {
            this(slipNo, account, false);
        }
    }

    @EJB
    private OrderDesk orders;

    @EJB
    private BankTransferDesk bankTransfers;

    /**
     * @throws com.market25.common.InvalidInputException every problem of the form at once
     *         (recipient, depositor name, the key); nothing is stored
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Result checkout(long memberId, String checkoutKey, Cart cart, Recipient recipient, String depositorName) {
        return checkout(memberId, checkoutKey, cart, recipient, depositorName, java.math.BigDecimal.ZERO);
    }

    /**
     * As {@link #checkout(long, String, Cart, Recipient, String)}, paying {@code bonusToUse} with
     * the member's usable bonus (BON-04): the account is issued for what is left; a bonus that pays
     * the whole order needs no account.
     */
    @RolesAllowed(Roles.CUSTOMER)
    public Result checkout(long memberId, String checkoutKey, Cart cart, Recipient recipient, String depositorName,
            java.math.BigDecimal bonusToUse) {
        java.math.BigDecimal bonus = bonusToUse == null ? java.math.BigDecimal.ZERO : bonusToUse;
        Checks checks = new Checks();
        recipient.check(checks);
        checks.required("depositorName", depositorName).maxLength("depositorName", depositorName, 60);
        checks.that(FormKey.isWellFormed(checkoutKey), "checkoutKey", "error.formKey");
        Optional<String> earlier = checks.has("checkoutKey") ? Optional.empty()
                : orders.slipOfCheckout(memberId, checkoutKey);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), bankTransfers.virtualAccountOf(earlier.get()));
        }
        checks.throwIfAny();
        String slipNo;
        try {
            OrderPlaced placed = orders.placeOrder(memberId, cart, recipient, Channel.INTERNET,
                    CustomerOrder.WEB_MASTER, Checkout.WEB_BRANCH, checkoutKey, bonus);
            slipNo = placed.slipNo();
            if (placed.paidInFull()) {
                return new Result(slipNo, Optional.empty(), true);
            }
        } catch (DuplicateCheckoutException e) {
            slipNo = orders.slipOfCheckout(memberId, checkoutKey).orElseThrow(() -> e);
            return new Result(slipNo, bankTransfers.virtualAccountOf(slipNo));
        }
        return new Result(slipNo, bankTransfers.openVirtualAccount(memberId, slipNo, depositorName, checkoutKey));
    }
}
