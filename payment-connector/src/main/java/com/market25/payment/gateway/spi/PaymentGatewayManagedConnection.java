package com.market25.payment.gateway.spi;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

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
import com.market25.payment.gateway.GatewayNotConfiguredException;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;

/** A pooled gateway connection (NoTransaction). The HTTP client is shared per factory. */
public class PaymentGatewayManagedConnection implements ManagedConnection {

    private final PaymentGatewayManagedConnectionFactory factory;
    private final List<PaymentGatewayConnectionImpl> handles = new CopyOnWriteArrayList<>();
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private PrintWriter logWriter;
    private volatile boolean destroyed;

    PaymentGatewayManagedConnection(PaymentGatewayManagedConnectionFactory factory) {
        this.factory = factory;
    }

    PaymentGatewayManagedConnectionFactory factory() {
        return factory;
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo cxRequestInfo) throws ResourceException {
        if (destroyed) {
            throw new ResourceException("managed connection destroyed");
        }
        PaymentGatewayConnectionImpl handle = new PaymentGatewayConnectionImpl(this,
                cxRequestInfo instanceof GatewayRoute route ? route : null);
        handles.add(handle);
        return handle;
    }

    boolean isConfigured(GatewayRoute route) {
        return factory.isConfigured(route);
    }

    CardApproval approveCard(GatewayRoute route, CardApprovalRequest request) throws GatewayException {
        return factory.client().approve(endpoint(route), request);
    }

    CardCancellation cancelApproval(GatewayRoute route, CardCancellationRequest request) throws GatewayException {
        return factory.client().cancel(endpoint(route), request);
    }

    CardStatus inquire(GatewayRoute route, String orderReference) throws GatewayException {
        return factory.client().inquire(endpoint(route), orderReference);
    }

    com.market25.payment.gateway.VirtualAccount issueVirtualAccount(GatewayRoute route,
            com.market25.payment.gateway.VirtualAccountRequest request) throws GatewayException {
        return factory.client().issueVirtualAccount(endpoint(route), request);
    }

    com.market25.payment.gateway.CardPartialCancellation cancelPart(GatewayRoute route,
            com.market25.payment.gateway.CardPartialCancellationRequest request) throws GatewayException {
        return factory.client().cancelPart(endpoint(route), request);
    }

    CardCapture capture(GatewayRoute route, String orderReference, BigDecimal amount) throws GatewayException {
        return factory.client().capture(endpoint(route), orderReference, amount);
    }

    EwalletStart startEwallet(GatewayRoute route, String orderReference, BigDecimal amount, String returnUrl)
            throws GatewayException {
        return factory.client().startEwallet(endpoint(route), orderReference, amount, returnUrl);
    }

    boolean verifyReturn(GatewayRoute route, Map<String, String> fields, String signature) {
        GatewayEndpoint endpoint;
        try {
            endpoint = factory.endpoint(route);
        } catch (ResourceException e) {
            return false;
        }
        return GatewayClient.verifyReturn(endpoint, fields, signature);
    }

    private GatewayEndpoint endpoint(GatewayRoute route) throws GatewayException {
        try {
            return factory.endpoint(route);
        } catch (ResourceException e) {
            if (e.getCause() instanceof GatewayNotConfiguredException notConfigured) {
                throw notConfigured;
            }
            throw new GatewayException("payment gateway not available: " + e.getMessage(), e);
        }
    }

    void handleClosed(PaymentGatewayConnectionImpl handle) {
        if (!handles.remove(handle)) {
            return;
        }
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        for (ConnectionEventListener l : listeners) {
            l.connectionClosed(event);
        }
    }

    @Override
    public void destroy() {
        cleanup();
        destroyed = true;
    }

    @Override
    public void cleanup() {
        for (PaymentGatewayConnectionImpl h : handles) {
            h.invalidate();
        }
        handles.clear();
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof PaymentGatewayConnectionImpl handle)) {
            throw new ResourceException("not a payment gateway connection handle: " + connection);
        }
        PaymentGatewayManagedConnection old = handle.managedConnection();
        if (old != null && old != this) {
            old.handles.remove(handle);
        }
        handle.associate(this);
        handles.add(handle);
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("payment connector has no transactions (NoTransaction)");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("payment connector has no transactions (NoTransaction)");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        String name;
        try {
            name = factory.endpoint(null).gatewayName();
        } catch (ResourceException e) {
            name = "unknown";
        }
        return new PaymentGatewayManagedConnectionMetaData(name);
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
