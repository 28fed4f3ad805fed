package com.market25.payment.gateway;

import jakarta.resource.spi.ConnectionRequestInfo;
import java.io.Serializable;

/**
 * Which gateway a connection talks to (PAY-01 gateway registry): passed as the connection request,
 * so one resource adapter serves every gateway the shop has registered. {@code endpointUrl} is the
 * gateway's base URL, or {@link #SIMULATOR} for the simulator the adapter runs (demo and tests
 * only: where the simulator is off, such a route is not configured). {@code keyReference} names
 * the gateway's public key: a PEM file path on the server, or empty for the adapter's
 * {@code GatewayPublicKeyFile}. It is a reference, never a secret.
 */
public record GatewayRoute(String name, String endpointUrl, String keyReference)
        implements ConnectionRequestInfo, Serializable {

    /** Endpoint of the simulator the resource adapter starts when {@code SimulatorEnabled=true}. */
    public static final String SIMULATOR = "simulator:";

    public boolean simulator() {
        return SIMULATOR.equals(endpointUrl == null ? null : endpointUrl.trim());
    }
}
