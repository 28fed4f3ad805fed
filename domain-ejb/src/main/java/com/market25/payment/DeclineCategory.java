package com.market25.payment;

import com.market25.payment.gateway.DeclineCodes;

/**
 * What the customer is told about an unpaid attempt. Card declines are reduced to the card
 * company's general categories, so the page is no oracle for someone testing stolen card
 * numbers: a stolen, lost or expired card all read "카드사 승인 거절". The precise code stays on
 * the payment row for staff. The shop's own reasons (gateway down, too many attempts, approval
 * taken back) are shown as they are: they say nothing about the card.
 */
public enum DeclineCategory {
    /** 카드사 승인 거절: stolen, lost, expired at the issuer, anything the issuer refuses. */
    REFUSED,
    /** 한도 초과. */
    LIMIT,
    /** 카드 정보 확인 필요: number or installments the gateway could not use. */
    CHECK_CARD,
    GATEWAY_UNAVAILABLE,
    GATEWAY_NOT_CONFIGURED,
    NOT_PAYABLE,
    TOO_MANY_ATTEMPTS,
    /** The approval was taken back (망취소) because it could not be recorded or confirmed. */
    NET_CANCELLED,
    /** The outcome is being confirmed with the gateway; the order stays as it is meanwhile. */
    PAYMENT_UNCONFIRMED,
    /** The customer cancelled the e-wallet payment at the provider: the order is payable again. */
    EWALLET_CANCELLED;

    /** The category of a decline code (a gateway's or the shop's); null for none. */
    public static DeclineCategory of(String declineCode) {
        if (declineCode == null) {
            return null;
        }
        return switch (declineCode) {
            case DeclineCodes.LIMIT_EXCEEDED -> LIMIT;
            case DeclineCodes.INVALID_CARD, DeclineCodes.INVALID_INSTALLMENT -> CHECK_CARD;
            case PaymentOutcome.GATEWAY_UNAVAILABLE -> GATEWAY_UNAVAILABLE;
            case PaymentOutcome.GATEWAY_NOT_CONFIGURED -> GATEWAY_NOT_CONFIGURED;
            case PaymentOutcome.NOT_PAYABLE -> NOT_PAYABLE;
            case PaymentOutcome.TOO_MANY_ATTEMPTS -> TOO_MANY_ATTEMPTS;
            case PaymentOutcome.NET_CANCELLED -> NET_CANCELLED;
            case PaymentOutcome.PAYMENT_UNCONFIRMED -> PAYMENT_UNCONFIRMED;
            case PaymentOutcome.EWALLET_CANCELLED -> EWALLET_CANCELLED;
            default -> REFUSED;
        };
    }

    /** Message key of the customer's text, e.g. {@code declineCategory.LIMIT}. */
    public String labelKey() {
        return "declineCategory." + name();
    }

    /** Message key of the short form for tables, e.g. 한도 초과. */
    public String shortLabelKey() {
        return "declineShort." + name();
    }
}
