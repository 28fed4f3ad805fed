package com.market25.payment.gateway;

import jakarta.resource.ResourceException;

/** Connection factory of the payment connector, looked up or injected by the domain. */
public interface PaymentGatewayConnectionFactory extends java.io.Serializable, jakarta.resource.Referenceable {

    /** Gets a connection handle; close it (try-with-resources) when done. */
    PaymentGatewayConnection getConnection() throws ResourceException;

    /** A connection handle to the registered gateway {@code route} (PAY-01). */
    PaymentGatewayConnection getConnection(GatewayRoute route) throws ResourceException;
}
