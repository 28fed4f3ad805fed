package com.market25.shop.checkout;

import com.market25.checkout.Checkout;
import com.market25.checkout.CheckoutResult;
import com.market25.checkout.EwalletCheckout;
import com.market25.payment.InstallmentPlans;
import java.math.BigDecimal;
import java.time.LocalDate;
import com.market25.common.InvalidInputException;
import com.market25.member.MemberView;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.UnpaidOrderPolicy;
import com.market25.payment.PaymentDesk;
import com.market25.payment.EwalletRedirect;
import com.market25.payment.PaymentOutcome;
import com.market25.shop.web.ShopRequest;
import jakarta.ejb.EJB;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checkout (SHOP-06): recipient and card on one page. The order is taken at catalog prices
 * whatever the form sends; a declined card lands on the order page, still payable. Each
 * checkout and pay-again form carries a one-time key, so sending it twice lands on the same
 * order with one approval. A refused form comes back (422) with what was typed, never the card
 * number.
 */
@WebServlet(name = "checkout", urlPatterns = {"/checkout", "/orders/pay/*"})
public class CheckoutServlet extends HttpServlet {

    @EJB
    private Checkout checkout;

    @EJB
    private OrderDesk orders;

    @EJB
    private PaymentDesk payments;

    @EJB
    private com.market25.checkout.BankTransferCheckout bankTransfers;

    @EJB
    private com.market25.payment.BankTransferDesk bankTransferDesk;

    @EJB
    private com.market25.bonus.BonusLedger bonusLedger;

    @EJB
    private InstallmentPlans installments;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        var priced = orders.quote(ShopRequest.cartToShow(req));
        if (priced.isEmpty()) {
            ShopRequest.redirect(req, resp, "/cart");
            return;
        }
        req.setAttribute("priced", priced);
        req.setAttribute("form", defaults(member.get()));
        render(req, resp, member.get().id(), priced.total());
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        var member = ShopRequest.requireMember(req, resp);
        if (member.isEmpty()) {
            return;
        }
        if (req.getServletPath().equals("/orders/pay")) {
            payAgain(req, resp, member.get());
            return;
        }
        // A client without our form gets a fresh key: it is simply not protected against itself.
        String key = ShopRequest.param(req, "checkoutKey");
        if (key == null || key.isEmpty()) {
            key = checkout.newCheckoutKey();
        }
        switch (PaymentForm.method(req)) {
            case BANK_TRANSFER -> payByBankTransfer(req, resp, member.get(), key);
            case E_WALLET -> payByEwallet(req, resp, member.get(), key);
            case CARD -> payByCard(req, resp, member.get(), key);
        }
    }

    private void payByCard(HttpServletRequest req, HttpServletResponse resp, MemberView member, String key)
            throws ServletException, IOException {
        try {
            CheckoutResult result = checkout.payByCard(member.id(), key, ShopRequest.cart(req),
                    PaymentForm.recipient(req), PaymentForm.card(req), PaymentForm.bonusToUse(req));
            ShopRequest.cart(req).clear();
            ShopRequest.redirect(req, resp, PaymentForm.orderPage(result.slipNo(), result.payment()));
        } catch (InvalidInputException e) {
            refused(req, resp, e);
        }
    }

    /** A refused form comes back (422) with what was typed, never the card number. */
    private void refused(HttpServletRequest req, HttpServletResponse resp, InvalidInputException e)
            throws ServletException, IOException {
        PaymentForm.keep(req, e);
        if (e.fieldErrors().containsKey("checkoutKey")) {
            PaymentForm.freshKey(req, "checkoutKey", checkout.newCheckoutKey());
        }
        var priced = orders.quote(ShopRequest.cart(req));
        req.setAttribute("priced", priced);
        resp.setStatus(422);
        render(req, resp, ShopRequest.member(req).map(m -> m.id()).orElse(0L), priced.total());
    }

    /**
     * 간편결제: the order is taken, then the customer goes to the provider's page. A page of our
     * own leads there (not a redirect of the form post, which the form-action policy would stop).
     */
    private void payByEwallet(HttpServletRequest req, HttpServletResponse resp, MemberView member, String key)
            throws ServletException, IOException {
        try {
            EwalletCheckout result = checkout.payByEwallet(member.id(), member.name(), key, ShopRequest.cart(req),
                    PaymentForm.recipient(req), EwalletReturnServlet.returnUrl(req), PaymentForm.bonusToUse(req));
            ShopRequest.cart(req).clear();
            if (result.redirectUrl() == null) {
                ShopRequest.redirect(req, resp, PaymentForm.orderPage(result.slipNo(), result.payment()));
                return;
            }
            req.setAttribute("redirectUrl", result.redirectUrl());
            req.setAttribute("slipNo", result.slipNo());
            ShopRequest.render(req, resp, "ewallet-redirect");
        } catch (InvalidInputException e) {
            refused(req, resp, e);
        }
    }

    /** 무통장입금: the order and its virtual account; the order page shows the account to pay to. */
    private void payByBankTransfer(HttpServletRequest req, HttpServletResponse resp, MemberView member, String key)
            throws ServletException, IOException {
        try {
            var result = bankTransfers.checkout(member.id(), key, ShopRequest.cart(req), PaymentForm.recipient(req),
                    ShopRequest.param(req, "depositorName"), PaymentForm.bonusToUse(req));
            ShopRequest.cart(req).clear();
            ShopRequest.redirect(req, resp, result.paidByBonus()
                    ? PaymentForm.orderPage(result.slipNo(), com.market25.payment.PaymentOutcome.approvedOutcome())
                    : "/orders/" + result.slipNo() + (result.account().isPresent() ? "?account=1" : "?accountFailed=1"));
        } catch (InvalidInputException e) {
            refused(req, resp, e);
        }
    }

    /**
     * 결제 다시 하기 on a payable order's page, with any of the checkout's methods: a declined card
     * can become a bank transfer or an e-wallet payment of the same order.
     */
    private void payAgain(HttpServletRequest req, HttpServletResponse resp, MemberView member)
            throws ServletException, IOException {
        String slipNo = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        String typedKey = ShopRequest.param(req, "requestKey");
        String key = typedKey == null || typedKey.isEmpty() ? null : typedKey;
        try {
            switch (PaymentForm.method(req)) {
                case CARD -> ShopRequest.redirect(req, resp, PaymentForm.orderPage(slipNo,
                        payments.payByCard(member.id(), slipNo, PaymentForm.card(req), key)));
                case BANK_TRANSFER -> ShopRequest.redirect(req, resp, "/orders/" + slipNo
                        + (bankTransferDesk.openVirtualAccount(member.id(), slipNo,
                                ShopRequest.param(req, "depositorName"), key).isPresent() ? "?account=1" : "?accountFailed=1"));
                case E_WALLET -> {
                    EwalletRedirect started = payments.startEwallet(member.id(), slipNo, member.name(), key,
                            EwalletReturnServlet.returnUrl(req));
                    if (started.redirectUrl() == null) {
                        ShopRequest.redirect(req, resp, PaymentForm.orderPage(slipNo, started.outcome()));
                        return;
                    }
                    req.setAttribute("redirectUrl", started.redirectUrl());
                    req.setAttribute("slipNo", slipNo);
                    ShopRequest.render(req, resp, "ewallet-redirect");
                }
            }
        } catch (InvalidInputException e) {
            PaymentForm.keep(req, e);
            if (e.fieldErrors().containsKey("requestKey")) {
                PaymentForm.freshKey(req, "requestKey", checkout.newCheckoutKey());
            }
            req.setAttribute("payAgain", Boolean.TRUE);
            resp.setStatus(422);
            req.getRequestDispatcher("/orders/" + slipNo).forward(req, resp);
        }
    }

    /** BON-04: what the member may spend on this order (shown next to the bonus field). */
    private void usableBonus(HttpServletRequest req, long memberId) {
        req.setAttribute("usableBonus", bonusLedger.statement(memberId).usable().max(java.math.BigDecimal.ZERO));
    }

    private void render(HttpServletRequest req, HttpServletResponse resp, long memberId, BigDecimal amount)
            throws ServletException, IOException {
        usableBonus(req, memberId);
        req.setAttribute("payByMinutes", UnpaidOrderPolicy.current().cardDeadline().toMinutes());
        req.setAttribute("depositDays", UnpaidOrderPolicy.bankTransferDeadline().toDays());
        req.setAttribute("installmentChoices", InstallmentChoices.of(installments.offers(amount, LocalDate.now())));
        ShopRequest.render(req, resp, "checkout");
    }

    private Map<String, String> defaults(MemberView m) {
        Map<String, String> form = new HashMap<>();
        form.put("recipientKind", "HOME");
        form.put("recipientName", m.name());
        form.put("recipientPhone", m.phone());
        form.put("recipientPostalCode", m.postalCode());
        form.put("recipientAddress", m.address());
        form.put("payerName", m.name());
        form.put("depositorName", m.name());
        form.put("paymentMethod", "CARD");
        form.put("installmentMonths", "0");
        form.put("paymentMethod", "CARD");
        form.put("checkoutKey", checkout.newCheckoutKey());
        return form;
    }
}
