package com.market25.payment.gateway;

/**
 * A message with a bad or missing signature: refused by the gateway (nothing happened there) or
 * by the adapter (the gateway's answer cannot be trusted, so its outcome is unknown).
 */
public class GatewaySignatureException extends GatewayException {

    private static final long serialVersionUID = 1L;

    public GatewaySignatureException(String message) {
        super(message);
    }

    public GatewaySignatureException(String message, Throwable cause) {
        super(message, cause);
    }

    public GatewaySignatureException(String message, boolean outcomeUnknown) {
        super(message, null, outcomeUnknown);
    }
}
