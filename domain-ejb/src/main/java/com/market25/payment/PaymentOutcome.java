package com.market25.payment;

import java.io.Serializable;

/**
 * What the customer learns right after paying: approved (completion follows on the queue) or
 * declined with a code whose message key is {@code decline.CODE}.
 */
public record PaymentOutcome(boolean approved, String declineCode) implements Serializable {

    public static final String GATEWAY_UNAVAILABLE = "GATEWAY_UNAVAILABLE";
    public static final String NOT_PAYABLE = "NOT_PAYABLE";

    public static PaymentOutcome approvedOutcome() {
        return new PaymentOutcome(true, null);
    }

    public static PaymentOutcome declined(String code) {
        return new PaymentOutcome(false, code);
    }

    public String declineMessageKey() {
        return declineCode == null ? null : "decline." + declineCode;
    }
}
