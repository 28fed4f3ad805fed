package com.market25.shop.checkout;

import com.market25.common.InvalidInputException;
import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.payment.PaymentMethod;
import com.market25.payment.PaymentOutcome;
import com.market25.shop.web.ShopRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;

/** Reads the card and recipient fields the checkout and pay-again forms share. */
final class PaymentForm {

    /** Fields a refused form never shows again: a card number (or a CVV) is typed anew. */
    private static final List<String> NEVER_ECHOED = List.of("cardNumber", "cvv", "cvc");

    private PaymentForm() {
    }

    static CardDetails card(HttpServletRequest req) {
        return new CardDetails(enumParam(req, "cardCompany", CardCompany.class),
                ShopRequest.param(req, "cardNumber"), ShopRequest.param(req, "expiryMonth"),
                ShopRequest.param(req, "expiryYear"), ShopRequest.intParam(req, "installmentMonths", -1),
                ShopRequest.param(req, "payerName"));
    }

    static Recipient recipient(HttpServletRequest req) {
        return new Recipient(enumParam(req, "recipientKind", RecipientKind.class),
                ShopRequest.param(req, "recipientName"), ShopRequest.param(req, "recipientPhone"),
                ShopRequest.param(req, "recipientPostalCode"), ShopRequest.param(req, "recipientAddress"),
                ShopRequest.param(req, "deliveryNote"));
    }

    /**
     * The 결제수단 chosen on the checkout form (신용카드 when none: a client without our form pays
     * by card). The form's values are the labels' keys: CARD, EWALLET, BANK_TRANSFER.
     */
    static PaymentMethod method(HttpServletRequest req) {
        String chosen = ShopRequest.param(req, "paymentMethod");
        if ("EWALLET".equals(chosen)) {
            return PaymentMethod.E_WALLET;
        }
        return "BANK_TRANSFER".equals(chosen) ? PaymentMethod.BANK_TRANSFER : PaymentMethod.CARD;
    }

    /**
     * BON-04: the bonus the customer wants to spend, in whole won (commas allowed); blank is none.
     *
     * @throws com.market25.common.InvalidInputException {@code bonusToUse} / {@code error.bonusAmount}
     *         for anything else
     */
    static java.math.BigDecimal bonusToUse(HttpServletRequest req) {
        String typed = ShopRequest.param(req, "bonusToUse");
        if (typed == null || typed.isEmpty()) {
            return java.math.BigDecimal.ZERO;
        }
        String digits = typed.replace(",", "");
        if (!digits.matches("\\d{1,12}")) {
            throw InvalidInputException.of("bonusToUse", "error.bonusAmount");
        }
        return new java.math.BigDecimal(digits);
    }

    /** Errors and what was typed, for the form to show again: everything but the card number. */
    @SuppressWarnings("unchecked")
    static void keep(HttpServletRequest req, InvalidInputException e) {
        ShopRequest.keepForm(req, e);
        Object form = req.getAttribute("form");
        if (form instanceof Map<?, ?> typed) {
            NEVER_ECHOED.forEach(((Map<String, String>) typed)::remove);
        }
    }

    /** A refused form key is replaced, so the corrected form can be sent. */
    @SuppressWarnings("unchecked")
    static void freshKey(HttpServletRequest req, String field, String key) {
        if (req.getAttribute("form") instanceof Map<?, ?> typed) {
            ((Map<String, String>) typed).put(field, key);
        }
    }

    /** Where the customer lands after paying: the order page, saying how it went. */
    static String orderPage(String slipNo, PaymentOutcome outcome) {
        if (outcome.approved()) {
            return "/orders/" + slipNo + "?paid=1";
        }
        if (outcome.category() != null) {
            return "/orders/" + slipNo + "?declined=" + outcome.category().name();
        }
        return "/orders/" + slipNo;
    }

    private static <E extends Enum<E>> E enumParam(HttpServletRequest req, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, req.getParameter(name));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
