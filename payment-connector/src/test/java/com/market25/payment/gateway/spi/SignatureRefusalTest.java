package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.GatewaySignatureException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.sim.GatewaySimulator;
import com.market25.payment.gateway.wire.MessageSignatures;

/**
 * The adapter configured for an external gateway (GatewayUrl + PEM key files, simulator off)
 * talking to a separately started simulator whose keys do not match.
 */
class SignatureRefusalTest {

    @TempDir
    Path dir;

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private GatewaySimulator simulator;
    private PaymentGatewayResourceAdapter ra;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.stop();
        }
        if (ra != null) {
            ra.stop();
        }
        executor.shutdownNow();
    }

    private PaymentGatewayConnectionFactory adapter(Ed25519PrivateKeyParameters shopKey,
            Ed25519PublicKeyParameters trustedGatewayKey) throws Exception {
        Path shopPem = Files.writeString(dir.resolve("shop.pem"), MessageSignatures.toPem(shopKey));
        Path gatewayPem = Files.writeString(dir.resolve("gateway.pub.pem"), MessageSignatures.toPem(trustedGatewayKey));
        ra = new PaymentGatewayResourceAdapter();
        ra.setSimulatorEnabled(false);
        ra.setShopKeyFile(shopPem.toString());
        ra.setGatewayPublicKeyFile(gatewayPem.toString());
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        mcf.setGatewayUrl(simulator.baseUri().toString());
        return (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
    }

    private GatewaySimulator simulator(AsymmetricCipherKeyPair gateway, Ed25519PublicKeyParameters shopPublic) throws Exception {
        GatewaySimulator s = new GatewaySimulator("ext-sim", (Ed25519PrivateKeyParameters) gateway.getPrivate(), shopPublic);
        s.start(0, executor);
        return s;
    }

    private static CardApprovalRequest request(String order) {
        return new CardApprovalRequest(order, new BigDecimal("10000"), "KB", "4111111111111111", "9912", 0);
    }

    @Test
    void matchingKeysFromPemFilesWork() throws Exception {
        AsymmetricCipherKeyPair shop = MessageSignatures.generateKeyPair();
        AsymmetricCipherKeyPair gateway = MessageSignatures.generateKeyPair();
        simulator = simulator(gateway, (Ed25519PublicKeyParameters) shop.getPublic());
        PaymentGatewayConnectionFactory cf = adapter((Ed25519PrivateKeyParameters) shop.getPrivate(),
                (Ed25519PublicKeyParameters) gateway.getPublic());
        try (PaymentGatewayConnection c = cf.getConnection()) {
            assertTrue(c.approveCard(request("ORD-PEM-1")).approved());
        }
    }

    @Test
    void responseSignedByTheWrongKeyIsRefused() throws Exception {
        AsymmetricCipherKeyPair shop = MessageSignatures.generateKeyPair();
        AsymmetricCipherKeyPair realGateway = MessageSignatures.generateKeyPair();
        AsymmetricCipherKeyPair impostor = MessageSignatures.generateKeyPair();
        simulator = simulator(impostor, (Ed25519PublicKeyParameters) shop.getPublic());
        PaymentGatewayConnectionFactory cf = adapter((Ed25519PrivateKeyParameters) shop.getPrivate(),
                (Ed25519PublicKeyParameters) realGateway.getPublic());
        try (PaymentGatewayConnection c = cf.getConnection()) {
            GatewaySignatureException e = assertThrows(GatewaySignatureException.class,
                    () -> c.approveCard(request("ORD-WRONG-GW")));
            assertTrue(e.getMessage().contains("response"), e.getMessage());
        }
    }

    @Test
    void requestRefusedByTheGatewayBecomesSignatureException() throws Exception {
        AsymmetricCipherKeyPair shop = MessageSignatures.generateKeyPair();
        AsymmetricCipherKeyPair gateway = MessageSignatures.generateKeyPair();
        Ed25519PublicKeyParameters someoneElse = (Ed25519PublicKeyParameters) MessageSignatures.generateKeyPair().getPublic();
        simulator = simulator(gateway, someoneElse);
        PaymentGatewayConnectionFactory cf = adapter((Ed25519PrivateKeyParameters) shop.getPrivate(),
                (Ed25519PublicKeyParameters) gateway.getPublic());
        try (PaymentGatewayConnection c = cf.getConnection()) {
            GatewaySignatureException e = assertThrows(GatewaySignatureException.class,
                    () -> c.approveCard(request("ORD-UNKNOWN-SHOP")));
            assertTrue(e.getMessage().contains("BAD_SIGNATURE"), e.getMessage());
        }
    }
}
