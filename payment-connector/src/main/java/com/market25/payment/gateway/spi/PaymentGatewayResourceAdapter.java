package com.market25.payment.gateway.spi;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.transaction.xa.XAResource;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

import com.market25.payment.gateway.GatewayNotConfiguredException;
import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.sim.GatewaySimulator;
import com.market25.payment.gateway.wire.MessageSignatures;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;

/**
 * Outbound-only resource adapter for card payment gateways.
 *
 * <p>Config properties: {@code SimulatorEnabled} (default false: the simulator approves any
 * Luhn-valid card, so only demo and test installations switch it on, explicitly),
 * {@code SimulatorPort} (default 0 = a free port), {@code GatewayName} (default market25-sim),
 * {@code ShopKeyFile} (PEM PKCS#8 Ed25519 private key; empty = generate one at start),
 * {@code GatewayPublicKeyFile} (PEM Ed25519 public key of a real gateway; needed when a connection
 * definition sets GatewayUrl). With the simulator on, {@link #start} starts it on 127.0.0.1 with
 * its own generated key and gives it the shop public key in-process. With neither a GatewayUrl
 * nor the simulator there is no gateway: connections say so ({@code isConfigured()} false) and
 * every call fails with {@link GatewayNotConfiguredException}.
 */
public class PaymentGatewayResourceAdapter implements ResourceAdapter {

    private static final Logger LOG = Logger.getLogger(PaymentGatewayResourceAdapter.class.getName());

    private Boolean simulatorEnabled = Boolean.FALSE;
    private Integer simulatorPort = 0;
    private String gatewayName = "market25-sim";
    private String shopKeyFile = "";
    private String gatewayPublicKeyFile = "";

    private volatile Ed25519PrivateKeyParameters shopKey;
    private volatile Ed25519PublicKeyParameters configuredGatewayKey;
    private volatile GatewaySimulator simulator;
    private volatile ExecutorService ownExecutor;
    /** Public keys of registered gateways by key reference, read once. */
    private final java.util.concurrent.ConcurrentHashMap<String, Ed25519PublicKeyParameters> routeKeys =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public void start(BootstrapContext ctx) throws ResourceAdapterInternalException {
        try {
            shopKey = isBlank(shopKeyFile)
                    ? (Ed25519PrivateKeyParameters) MessageSignatures.generateKeyPair().getPrivate()
                    : MessageSignatures.readPrivateKey(Path.of(shopKeyFile));
            configuredGatewayKey = isBlank(gatewayPublicKeyFile)
                    ? null : MessageSignatures.readPublicKey(Path.of(gatewayPublicKeyFile));
        } catch (IOException e) {
            throw new ResourceAdapterInternalException("cannot read payment key file: " + e.getMessage(), e);
        }
        if (Boolean.TRUE.equals(simulatorEnabled)) {
            AsymmetricCipherKeyPair gatewayPair = MessageSignatures.generateKeyPair();
            GatewaySimulator s = new GatewaySimulator(gatewayName(),
                    (Ed25519PrivateKeyParameters) gatewayPair.getPrivate(), shopKey.generatePublicKey());
            try {
                s.start(simulatorPort == null ? 0 : simulatorPort, executor(ctx));
            } catch (IOException e) {
                shutdownOwnExecutor();
                throw new ResourceAdapterInternalException("cannot start payment gateway simulator on port "
                        + simulatorPort + ": " + e.getMessage(), e);
            }
            simulator = s;
        } else if (isBlank(shopKeyFile)) {
            LOG.warning("payment connector: no gateway simulator (SimulatorEnabled=false) and no ShopKeyFile:"
                    + " card payments are refused until a gateway is configured (GatewayUrl, ShopKeyFile,"
                    + " GatewayPublicKeyFile)");
        }
        LOG.info(() -> "payment connector started (gateway " + gatewayName() + ", simulator "
                + (simulator != null ? simulator.baseUri() : "off") + ")");
    }

    /** HttpServer exchanges run as Work on the container's WorkManager when there is one. */
    private Executor executor(BootstrapContext ctx) {
        WorkManager wm = ctx == null ? null : ctx.getWorkManager();
        if (wm != null) {
            return task -> {
                try {
                    wm.scheduleWork(new Work() {
                        @Override
                        public void run() {
                            task.run();
                        }

                        @Override
                        public void release() {
                        }
                    });
                } catch (WorkException e) {
                    throw new RejectedExecutionException(e);
                }
            };
        }
        AtomicInteger n = new AtomicInteger();
        ownExecutor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "payment-gateway-simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return ownExecutor;
    }

    @Override
    public void stop() {
        GatewaySimulator s = simulator;
        simulator = null;
        if (s != null) {
            s.stop();
        }
        shutdownOwnExecutor();
        LOG.info("payment connector stopped");
    }

    private void shutdownOwnExecutor() {
        ExecutorService e = ownExecutor;
        ownExecutor = null;
        if (e != null) {
            e.shutdownNow();
        }
    }

    /** Whether a connection definition with this GatewayUrl has a gateway to talk to. */
    boolean isConfigured(String gatewayUrl) {
        return shopKey != null && (isBlank(gatewayUrl) ? simulator != null : configuredGatewayKey != null);
    }

    /**
     * The endpoint for a connection definition: its GatewayUrl with the configured gateway
     * public key, or (GatewayUrl empty) the simulator this adapter started. Neither: a
     * {@link ResourceException} caused by {@link GatewayNotConfiguredException}.
     */
    GatewayEndpoint endpoint(String gatewayUrl) throws ResourceException {
        Ed25519PrivateKeyParameters key = shopKey;
        if (key == null) {
            throw new ResourceException("payment connector resource adapter is not started");
        }
        if (isBlank(gatewayUrl)) {
            GatewaySimulator s = simulator;
            if (s == null) {
                throw new ResourceException("no payment gateway configured", new GatewayNotConfiguredException(
                        "no GatewayUrl set and the gateway simulator is off (SimulatorEnabled=false)"));
            }
            return new GatewayEndpoint(s.baseUri(), key, s.gatewayPublicKey(), gatewayName());
        }
        if (configuredGatewayKey == null) {
            throw new ResourceException("payment gateway not fully configured", new GatewayNotConfiguredException(
                    "GatewayUrl " + gatewayUrl + " needs GatewayPublicKeyFile on the resource adapter"));
        }
        try {
            return new GatewayEndpoint(URI.create(gatewayUrl.trim()), key, configuredGatewayKey, gatewayName());
        } catch (IllegalArgumentException e) {
            throw new ResourceException("bad GatewayUrl " + gatewayUrl, e);
        }
    }

    /** Whether a registered gateway's route has a gateway to talk to (its key readable, or the simulator running). */
    boolean isConfigured(GatewayRoute route) {
        try {
            endpoint(route);
            return true;
        } catch (ResourceException e) {
            return false;
        }
    }

    /**
     * The endpoint of a registered gateway: the simulator for {@link GatewayRoute#SIMULATOR} (only
     * while it runs), else the route's URL with the public key its key reference names (a PEM file,
     * read once), or the adapter's {@code GatewayPublicKeyFile} when the reference is empty.
     */
    GatewayEndpoint endpoint(GatewayRoute route) throws ResourceException {
        Ed25519PrivateKeyParameters key = shopKey;
        if (key == null) {
            throw new ResourceException("payment connector resource adapter is not started");
        }
        String name = isBlank(route.name()) ? gatewayName() : route.name();
        if (route.simulator()) {
            GatewaySimulator s = simulator;
            if (s == null) {
                throw new ResourceException("gateway " + name + " is the simulator, which is off",
                        new GatewayNotConfiguredException("the gateway simulator is off (SimulatorEnabled=false)"));
            }
            return new GatewayEndpoint(s.baseUri(), key, s.gatewayPublicKey(), name);
        }
        if (isBlank(route.endpointUrl())) {
            throw new ResourceException("gateway " + name + " has no endpoint",
                    new GatewayNotConfiguredException("gateway " + name + " has no endpoint URL"));
        }
        Ed25519PublicKeyParameters gatewayKey;
        if (isBlank(route.keyReference())) {
            gatewayKey = configuredGatewayKey;
        } else {
            try {
                gatewayKey = routeKeys.computeIfAbsent(route.keyReference().trim(), ref -> {
                    try {
                        return MessageSignatures.readPublicKey(Path.of(ref));
                    } catch (IOException | RuntimeException e) {
                        throw new java.io.UncheckedIOException(new IOException(e.getMessage(), e));
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw new ResourceException("gateway " + name + ": key reference cannot be read",
                        new GatewayNotConfiguredException("key reference of gateway " + name + " cannot be read: "
                                + e.getCause().getMessage()));
            }
        }
        if (gatewayKey == null) {
            throw new ResourceException("gateway " + name + " has no public key", new GatewayNotConfiguredException(
                    "gateway " + name + " needs a key reference or GatewayPublicKeyFile on the resource adapter"));
        }
        try {
            return new GatewayEndpoint(URI.create(route.endpointUrl().trim()), key, gatewayKey, name);
        } catch (IllegalArgumentException e) {
            throw new ResourceException("bad endpoint URL of gateway " + name, e);
        }
    }

    /** The running simulator (tests drive its faults and read its books), or null. */
    public GatewaySimulator simulator() {
        return simulator;
    }

    /** The running simulator's base URI, or null. */
    public URI simulatorUri() {
        GatewaySimulator s = simulator;
        return s == null ? null : s.baseUri();
    }

    /** The shop public key in use (to hand to a real gateway); null before start. */
    public Ed25519PublicKeyParameters shopPublicKey() {
        Ed25519PrivateKeyParameters k = shopKey;
        return k == null ? null : k.generatePublicKey();
    }

    private String gatewayName() {
        return isBlank(gatewayName) ? "market25-sim" : gatewayName;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec)
            throws ResourceException {
        throw new NotSupportedException("payment connector is outbound only");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    public Boolean getSimulatorEnabled() {
        return simulatorEnabled;
    }

    public void setSimulatorEnabled(Boolean simulatorEnabled) {
        this.simulatorEnabled = simulatorEnabled;
    }

    public Integer getSimulatorPort() {
        return simulatorPort;
    }

    public void setSimulatorPort(Integer simulatorPort) {
        this.simulatorPort = simulatorPort;
    }

    public String getGatewayName() {
        return gatewayName;
    }

    public void setGatewayName(String gatewayName) {
        this.gatewayName = gatewayName;
    }

    public String getShopKeyFile() {
        return shopKeyFile;
    }

    public void setShopKeyFile(String shopKeyFile) {
        this.shopKeyFile = shopKeyFile;
    }

    public String getGatewayPublicKeyFile() {
        return gatewayPublicKeyFile;
    }

    public void setGatewayPublicKeyFile(String gatewayPublicKeyFile) {
        this.gatewayPublicKeyFile = gatewayPublicKeyFile;
    }
}
