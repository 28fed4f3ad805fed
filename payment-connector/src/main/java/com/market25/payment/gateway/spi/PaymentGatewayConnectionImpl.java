package com.market25.payment.gateway.spi;

import java.math.BigDecimal;
import java.util.Map;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardCapture;
import com.market25.payment.gateway.EwalletStart;
import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellation;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;

/** Connection handle given to the application. */
public class PaymentGatewayConnectionImpl implements PaymentGatewayConnection {

    private volatile PaymentGatewayManagedConnection managedConnection;
    /** The registered gateway this handle talks to; null = the connection definition's own. */
    private final GatewayRoute route;

    PaymentGatewayConnectionImpl(PaymentGatewayManagedConnection managedConnection, GatewayRoute route) {
        this.managedConnection = managedConnection;
        this.route = route;
    }

    @Override
    public boolean isConfigured() {
        return open().isConfigured(route);
    }

    @Override
    public CardApproval approveCard(CardApprovalRequest request) throws GatewayException {
        return open().approveCard(route, request);
    }

    @Override
    public CardCancellation cancelApproval(CardCancellationRequest request) throws GatewayException {
        return open().cancelApproval(route, request);
    }

    @Override
    public CardStatus inquire(String orderReference) throws GatewayException {
        return open().inquire(route, orderReference);
    }

    @Override
    public CardCapture capture(String orderReference, BigDecimal amount) throws GatewayException {
        return open().capture(route, orderReference, amount);
    }

    @Override
    public EwalletStart startEwallet(String orderReference, BigDecimal amount, String returnUrl)
            throws GatewayException {
        return open().startEwallet(route, orderReference, amount, returnUrl);
    }

    @Override
    public boolean verifyReturn(Map<String, String> fields, String signature) {
        return open().verifyReturn(route, fields, signature);
    }

    @Override
    public com.market25.payment.gateway.VirtualAccount issueVirtualAccount(
            com.market25.payment.gateway.VirtualAccountRequest request) throws GatewayException {
        return open().issueVirtualAccount(route, request);
    }

    @Override
    public com.market25.payment.gateway.CardPartialCancellation cancelPart(
            com.market25.payment.gateway.CardPartialCancellationRequest request) throws GatewayException {
        return open().cancelPart(route, request);
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
