package com.market25.payment.gateway.spi;

import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

import javax.security.auth.Subject;

import com.market25.payment.gateway.GatewayRoute;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;

/**
 * Outbound connection definition. Config properties: {@code GatewayUrl} (empty = the simulator
 * started by the resource adapter, when it runs; otherwise no gateway is configured and every call
 * fails with {@code GatewayNotConfiguredException}) and {@code RequestTimeoutMillis} (default 15000).
 * A connection asked for with a {@link GatewayRoute} (the gateway registry) talks to that route's
 * endpoint instead; managed connections hold no endpoint, each handle carries its route, so any
 * pooled connection serves any gateway.
 */
public class PaymentGatewayManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {

    private static final long serialVersionUID = 1L;

    private String gatewayUrl = "";
    private Integer requestTimeoutMillis = 15000;

    private transient PaymentGatewayResourceAdapter resourceAdapter;
    private transient PrintWriter logWriter;
    private transient volatile GatewayClient client;

    @Override
    public Object createConnectionFactory(ConnectionManager cxManager) {
        return new PaymentGatewayConnectionFactoryImpl(this, cxManager);
    }

    /** Non-managed use (tests, tools): each handle gets its own managed connection. */
    @Override
    public Object createConnectionFactory() {
        return new PaymentGatewayConnectionFactoryImpl(this, new DefaultConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo cxRequestInfo)
            throws ResourceException {
        if (resourceAdapter == null) {
            throw new ResourceException("managed connection factory is not associated with the resource adapter");
        }
        return new PaymentGatewayManagedConnection(this);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set connectionSet, Subject subject,
            ConnectionRequestInfo cxRequestInfo) {
        for (Object o : connectionSet) {
            if (o instanceof PaymentGatewayManagedConnection mc && mc.factory() == this) {
                return mc;
            }
        }
        return null;
    }

    /** Whether the route (null: this definition's GatewayUrl) has a gateway to talk to. */
    boolean isConfigured(GatewayRoute route) {
        if (resourceAdapter == null) {
            return false;
        }
        return route == null ? resourceAdapter.isConfigured(gatewayUrl) : resourceAdapter.isConfigured(route);
    }

    /** The endpoint of the route a handle was asked for, or (null) of this definition's GatewayUrl. */
    GatewayEndpoint endpoint(GatewayRoute route) throws ResourceException {
        if (resourceAdapter == null) {
            throw new ResourceException("managed connection factory is not associated with the resource adapter");
        }
        return route == null ? resourceAdapter.endpoint(gatewayUrl) : resourceAdapter.endpoint(route);
    }

    /** One HTTP client per connection definition, shared by its connections. */
    GatewayClient client() {
        GatewayClient c = client;
        if (c == null) {
            synchronized (this) {
                c = client;
                if (c == null) {
                    Duration timeout = Duration.ofMillis(requestTimeoutMillis == null ? 15000 : requestTimeoutMillis);
                    HttpClient http = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(timeout)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .build();
                    c = new GatewayClient(http, timeout);
                    client = c;
                }
            }
        }
        return c;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter ra) throws ResourceException {
        if (!(ra instanceof PaymentGatewayResourceAdapter p)) {
            throw new ResourceException("not a PaymentGatewayResourceAdapter: " + ra);
        }
        this.resourceAdapter = p;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    public String getGatewayUrl() {
        return gatewayUrl;
    }

    public void setGatewayUrl(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    public Integer getRequestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    public void setRequestTimeoutMillis(Integer requestTimeoutMillis) {
        this.requestTimeoutMillis = requestTimeoutMillis;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PaymentGatewayManagedConnectionFactory other
                && Objects.equals(gatewayUrl, other.gatewayUrl)
                && Objects.equals(requestTimeoutMillis, other.requestTimeoutMillis)
                && resourceAdapter == other.resourceAdapter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(gatewayUrl, requestTimeoutMillis);
    }
}
