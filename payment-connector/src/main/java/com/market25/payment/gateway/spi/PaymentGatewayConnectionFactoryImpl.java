package com.market25.payment.gateway.spi;

import javax.naming.Reference;

import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;

/** The connection factory bound in JNDI. */
public class PaymentGatewayConnectionFactoryImpl implements PaymentGatewayConnectionFactory {

    private static final long serialVersionUID = 1L;

    private final PaymentGatewayManagedConnectionFactory mcf;
    private final ConnectionManager connectionManager;
    private Reference reference;

    public PaymentGatewayConnectionFactoryImpl(PaymentGatewayManagedConnectionFactory mcf,
            ConnectionManager connectionManager) {
        this.mcf = mcf;
        this.connectionManager = connectionManager;
    }

    @Override
    public PaymentGatewayConnection getConnection() throws ResourceException {
        return (PaymentGatewayConnection) connectionManager.allocateConnection(mcf, null);
    }

    @Override
    public PaymentGatewayConnection getConnection(GatewayRoute route) throws ResourceException {
        return (PaymentGatewayConnection) connectionManager.allocateConnection(mcf, route);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
