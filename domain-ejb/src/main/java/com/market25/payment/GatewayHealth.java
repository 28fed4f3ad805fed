package com.market25.payment;

/** What the last periodic inquiry saw of a registered gateway; UNKNOWN until the first check. */
public enum GatewayHealth {
    UNKNOWN, UP, DOWN;

    public String labelKey() {
        return "gatewayHealth." + name();
    }
}
