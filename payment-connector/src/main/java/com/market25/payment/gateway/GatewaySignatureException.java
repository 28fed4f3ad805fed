package com.market25.payment.gateway;

/** A message with a bad or missing signature: refused by the gateway or by the adapter. */
public class GatewaySignatureException extends GatewayException {

    private static final long serialVersionUID = 1L;

    public GatewaySignatureException(String message) {
        super(message);
    }

    public GatewaySignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
