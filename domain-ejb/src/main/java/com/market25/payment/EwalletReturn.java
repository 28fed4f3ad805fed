package com.market25.payment;

import java.io.Serializable;

/**
 * What a return from the e-wallet provider came to: the order it pays and the outcome, or
 * {@code refused} (forged, altered, foreign or unknown; slipNo null when the reference is unknown).
 */
public record EwalletReturn(String slipNo, PaymentOutcome outcome, boolean refused) implements Serializable {

    static EwalletReturn refusedReturn(String slipNo) {
        return new EwalletReturn(slipNo, null, true);
    }
}
