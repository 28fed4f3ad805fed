package com.market25.checkout;

import com.market25.payment.PaymentOutcome;
import java.io.Serializable;

/**
 * The slip taken and how its first payment went; {@code payment().repeated()} when the form had
 * been sent before and this is that order.
 */
public record CheckoutResult(String slipNo, PaymentOutcome payment) implements Serializable {
}
