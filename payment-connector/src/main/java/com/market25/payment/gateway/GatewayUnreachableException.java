package com.market25.payment.gateway;

/** The gateway could not be reached (connection refused or not made in time): nothing was sent. */
public class GatewayUnreachableException extends GatewayException {

    private static final long serialVersionUID = 1L;

    public GatewayUnreachableException(String message, Throwable cause) {
        super(message, cause, false);
    }
}
