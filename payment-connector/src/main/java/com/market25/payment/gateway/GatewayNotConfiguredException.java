package com.market25.payment.gateway;

/**
 * No gateway to talk to: no {@code GatewayUrl} on the connection definition and the simulator is
 * off. A real installation must configure its gateway; nothing was sent anywhere.
 */
public class GatewayNotConfiguredException extends GatewayException {

    private static final long serialVersionUID = 1L;

    public GatewayNotConfiguredException(String message) {
        super(message);
    }
}
