package com.market25.payment.gateway;

/** Decline codes returned in {@link CardApproval#declineCode()}. The domain maps them to messages. */
public final class DeclineCodes {

    public static final String INVALID_CARD = "INVALID_CARD";
    public static final String EXPIRED_CARD = "EXPIRED_CARD";
    public static final String LIMIT_EXCEEDED = "LIMIT_EXCEEDED";
    public static final String STOLEN_CARD = "STOLEN_CARD";
    public static final String INVALID_INSTALLMENT = "INVALID_INSTALLMENT";

    private DeclineCodes() {
    }
}
