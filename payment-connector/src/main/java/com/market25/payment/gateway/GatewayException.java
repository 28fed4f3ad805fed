package com.market25.payment.gateway;

/** Network failure or gateway error while talking to a payment gateway. */
public class GatewayException extends Exception {

    private static final long serialVersionUID = 1L;

    public GatewayException(String message) {
        super(message);
    }

    public GatewayException(String message, Throwable cause) {
        super(message, cause);
    }
}
