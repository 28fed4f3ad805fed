package com.market25.payment;

import java.io.Serializable;

/**
 * What the customer learns right after paying: approved (completion follows on the queue),
 * declined with a code (shown as its {@link DeclineCategory}), or still being settled. A
 * {@code repeated} outcome answers a form sent again: nothing new was asked of the gateway.
 */
public record PaymentOutcome(boolean approved, String declineCode, boolean repeated) implements Serializable {

    public static final String GATEWAY_UNAVAILABLE = "GATEWAY_UNAVAILABLE";
    public static final String GATEWAY_NOT_CONFIGURED = "GATEWAY_NOT_CONFIGURED";
    public static final String NOT_PAYABLE = "NOT_PAYABLE";
    public static final String TOO_MANY_ATTEMPTS = "TOO_MANY_ATTEMPTS";
    public static final String NET_CANCELLED = "NET_CANCELLED";
    public static final String PAYMENT_UNCONFIRMED = "PAYMENT_UNCONFIRMED";
    /** The customer cancelled on the e-wallet provider's page. */
    public static final String EWALLET_CANCELLED = "EWALLET_CANCELLED";

    public static PaymentOutcome approvedOutcome() {
        return new PaymentOutcome(true, null, false);
    }

    public static PaymentOutcome declined(String code) {
        return new PaymentOutcome(false, code, false);
    }

    /** Neither approved nor declined yet (the first submit of the same form is still at work). */
    public static PaymentOutcome underway() {
        return new PaymentOutcome(false, null, false);
    }

    public PaymentOutcome asRepeated() {
        return new PaymentOutcome(approved, declineCode, true);
    }

    /** What the customer is shown; null when approved or still underway. */
    public DeclineCategory category() {
        return DeclineCategory.of(declineCode);
    }
}
