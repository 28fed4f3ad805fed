package com.market25.payment.gateway;

/**
 * Network failure or gateway error while talking to a payment gateway.
 *
 * <p>{@link #outcomeUnknown()} tells the caller whether the gateway may have acted on the request
 * all the same (an answer that timed out, a dropped connection, an answer that cannot be trusted):
 * then the caller has to ask the gateway ({@code inquire}) or cancel, never assume a decline.
 * When it is false the request certainly changed nothing at the gateway (not configured, not
 * reachable, refused as malformed or unsigned).
 */
public class GatewayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean outcomeUnknown;

    public GatewayException(String message) {
        this(message, null, false);
    }

    public GatewayException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public GatewayException(String message, Throwable cause, boolean outcomeUnknown) {
        super(message, cause);
        this.outcomeUnknown = outcomeUnknown;
    }

    /** True when the gateway may have processed the request although no usable answer came back. */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
