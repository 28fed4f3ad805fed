package com.market25.shop.checkout;

import com.market25.ordering.Recipient;
import com.market25.ordering.RecipientKind;
import com.market25.payment.CardCompany;
import com.market25.payment.CardDetails;
import com.market25.shop.web.ShopRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Reads the card and recipient fields the checkout and pay-again forms share. */
final class PaymentForm {

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

    private static <E extends Enum<E>> E enumParam(HttpServletRequest req, String name, Class<E> type) {
        try {
            return Enum.valueOf(type, req.getParameter(name));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
