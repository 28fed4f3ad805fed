package com.market25.payment.gateway;

/**
 * Answer to a capture (매입) of an approved reference. {@code captured} true with the capture
 * number (also when the reference had been captured before: asking again never captures twice);
 * false when there is nothing to capture, with the gateway's {@code state} of the reference
 * (CANCELLED, DECLINED, NOT_FOUND).
 */
public record CardCapture(String orderReference, boolean captured, String captureNumber, String state,
        String gatewayName) {
}
