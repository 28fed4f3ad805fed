package com.market25.payment;

import com.market25.payment.gateway.GatewayRoute;

/**
 * The gateway a new payment goes to, or (route null) why there is none: {@code refusal} is
 * {@link PaymentOutcome#GATEWAY_NOT_CONFIGURED} (none registered, enabled and configured for the
 * method) or {@link PaymentOutcome#GATEWAY_UNAVAILABLE} (every one DOWN).
 */
public record GatewayChoice(Long gatewayId, GatewayRoute route, String refusal) {

    static GatewayChoice refused(String refusal) {
        return new GatewayChoice(null, null, refusal);
    }

    public boolean chosen() {
        return route != null;
    }
}
