package com.market25.payment.gateway.spi;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellation;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;

/** Connection handle given to the application. */
public class PaymentGatewayConnectionImpl implements PaymentGatewayConnection {

    private volatile PaymentGatewayManagedConnection managedConnection;

    PaymentGatewayConnectionImpl(PaymentGatewayManagedConnection managedConnection) {
        this.managedConnection = managedConnection;
    }

    @Override
    public boolean isConfigured() {
        return open().isConfigured();
    }

    @Override
    public CardApproval approveCard(CardApprovalRequest request) throws GatewayException {
        return open().approveCard(request);
    }

    @Override
    public CardCancellation cancelApproval(CardCancellationRequest request) throws GatewayException {
        return open().cancelApproval(request);
    }

    @Override
    public CardStatus inquire(String orderReference) throws GatewayException {
        return open().inquire(orderReference);
    }

    @Override
    public com.market25.payment.gateway.VirtualAccount issueVirtualAccount(
            com.market25.payment.gateway.VirtualAccountRequest request) throws GatewayException {
        return open().issueVirtualAccount(request);
    }

    @Override
    public com.market25.payment.gateway.CardPartialCancellation cancelPart(
            com.market25.payment.gateway.CardPartialCancellationRequest request) throws GatewayException {
        return open().cancelPart(request);
    }

    private PaymentGatewayManagedConnection open() {
        PaymentGatewayManagedConnection mc = managedConnection;
        if (mc == null) {
            throw new IllegalStateException("payment gateway connection is closed");
        }
        return mc;
    }

    @Override
    public void close() {
        PaymentGatewayManagedConnection mc = managedConnection;
        managedConnection = null;
        if (mc != null) {
            mc.handleClosed(this);
        }
    }

    PaymentGatewayManagedConnection managedConnection() {
        return managedConnection;
    }

    void associate(PaymentGatewayManagedConnection mc) {
        this.managedConnection = mc;
    }

    void invalidate() {
        managedConnection = null;
    }
}
