package com.market25.checkout;

import com.market25.payment.PaymentOutcome;
import java.io.Serializable;

/**
 * The slip an e-wallet checkout took and either the provider page to send the customer to
 * ({@code redirectUrl}) or the outcome to show on the order page.
 */
public record EwalletCheckout(String slipNo, String redirectUrl, PaymentOutcome payment) implements Serializable {
}
