package com.market25.payment;

import java.io.Serializable;

/** Where to send the customer for an e-wallet payment, or (redirectUrl null) the outcome at once. */
public record EwalletRedirect(String redirectUrl, PaymentOutcome outcome) implements Serializable {

    static EwalletRedirect refused(PaymentOutcome outcome) {
        return new EwalletRedirect(null, outcome);
    }

    public boolean redirect() {
        return redirectUrl != null;
    }
}
