package com.market25.payment.gateway.sim;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.wire.CanonicalMessage;
import com.market25.payment.gateway.wire.GatewayProtocol;
import com.market25.payment.gateway.wire.MessageSignatures;

/** The simulator over raw HTTP on loopback: it checks the shop's signature. */
class GatewaySimulatorTest {

    private final AsymmetricCipherKeyPair shop = MessageSignatures.generateKeyPair();
    private final AsymmetricCipherKeyPair gateway = MessageSignatures.generateKeyPair();
    private final HttpClient http = HttpClient.newHttpClient();
    private ExecutorService executor;
    private GatewaySimulator simulator;

    @BeforeEach
    void start() throws Exception {
        executor = Executors.newFixedThreadPool(2);
        simulator = new GatewaySimulator("test-sim", (Ed25519PrivateKeyParameters) gateway.getPrivate(),
                (Ed25519PublicKeyParameters) shop.getPublic());
        simulator.start(0, executor);
    }

    @AfterEach
    void stop() {
        simulator.stop();
        executor.shutdownNow();
    }

    private byte[] requestBody(String amount) {
        Map<String, String> m = new TreeMap<>();
        m.put(GatewayProtocol.ORDER_REFERENCE, "ORD-RAW-1");
        m.put(GatewayProtocol.AMOUNT, amount);
        m.put(GatewayProtocol.CARD_NUMBER, "4111111111111111");
        m.put(GatewayProtocol.EXPIRY, "9912");
        m.put(GatewayProtocol.INSTALLMENT_MONTHS, "0");
        m.put(GatewayProtocol.NONCE, "n1");
        return CanonicalMessage.of(m).toBytes();
    }

    private HttpResponse<byte[]> post(byte[] body, String signature) throws Exception {
        return post(GatewayProtocol.APPROVAL_PATH, body, signature);
    }

    private HttpResponse<byte[]> post(String path, byte[] body, String signature) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(simulator.baseUri().resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header(MessageSignatures.HEADER, signature);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void listensOnLoopback() {
        URI uri = simulator.baseUri();
        assertEquals("127.0.0.1", uri.getHost());
        assertTrue(uri.getPort() > 0);
    }

    @Test
    void signedRequestIsAnsweredWithASignedApproval() throws Exception {
        byte[] body = requestBody("10000");
        HttpResponse<byte[]> r = post(body, MessageSignatures.sign((Ed25519PrivateKeyParameters) shop.getPrivate(), body));
        assertEquals(200, r.statusCode());
        String sig = r.headers().firstValue(MessageSignatures.HEADER).orElseThrow();
        assertTrue(MessageSignatures.verify((Ed25519PublicKeyParameters) gateway.getPublic(), r.body(), sig));
        CanonicalMessage answer = CanonicalMessage.parse(r.body());
        assertEquals("true", answer.get(GatewayProtocol.APPROVED));
        assertFalse(new String(r.body(), StandardCharsets.UTF_8).contains("4111111111111111"));
    }

    @Test
    void tamperedRequestIsRefused() throws Exception {
        byte[] body = requestBody("10000");
        String sig = MessageSignatures.sign((Ed25519PrivateKeyParameters) shop.getPrivate(), body);
        HttpResponse<byte[]> r = post(requestBody("10"), sig);
        assertEquals(401, r.statusCode());
        assertEquals(GatewayProtocol.ERROR_BAD_SIGNATURE, CanonicalMessage.parse(r.body()).get(GatewayProtocol.ERROR));
    }

    @Test
    void unsignedRequestIsRefused() throws Exception {
        HttpResponse<byte[]> r = post(requestBody("10000"), null);
        assertEquals(401, r.statusCode());
        assertEquals(GatewayProtocol.ERROR_MISSING_SIGNATURE, CanonicalMessage.parse(r.body()).get(GatewayProtocol.ERROR));
    }

    @Test
    void requestSignedByAnotherShopKeyIsRefused() throws Exception {
        byte[] body = requestBody("10000");
        Ed25519PrivateKeyParameters stranger = (Ed25519PrivateKeyParameters) MessageSignatures.generateKeyPair().getPrivate();
        assertEquals(401, post(body, MessageSignatures.sign(stranger, body)).statusCode());
    }

    @Test
    void cancelAndInquiryAreSignedLikeApprovals() throws Exception {
        Map<String, String> m = new TreeMap<>();
        m.put(GatewayProtocol.ORDER_REFERENCE, "ORD-RAW-1");
        m.put(GatewayProtocol.AMOUNT, "10000");
        m.put(GatewayProtocol.NONCE, "n2");
        byte[] cancel = CanonicalMessage.of(m).toBytes();
        Ed25519PrivateKeyParameters shopKey = (Ed25519PrivateKeyParameters) shop.getPrivate();
        Ed25519PrivateKeyParameters stranger = (Ed25519PrivateKeyParameters) MessageSignatures.generateKeyPair().getPrivate();

        assertEquals(401, post(GatewayProtocol.CANCEL_PATH, cancel, null).statusCode());
        assertEquals(401, post(GatewayProtocol.CANCEL_PATH, cancel, MessageSignatures.sign(stranger, cancel)).statusCode());
        assertEquals(401, post(GatewayProtocol.INQUIRY_PATH, cancel, MessageSignatures.sign(stranger, cancel)).statusCode());

        HttpResponse<byte[]> status = post(GatewayProtocol.INQUIRY_PATH, cancel, MessageSignatures.sign(shopKey, cancel));
        assertEquals(200, status.statusCode());
        String sig = status.headers().firstValue(MessageSignatures.HEADER).orElseThrow();
        assertTrue(MessageSignatures.verify((Ed25519PublicKeyParameters) gateway.getPublic(), status.body(), sig));
        CanonicalMessage answer = CanonicalMessage.parse(status.body());
        assertEquals("NOT_FOUND", answer.get(GatewayProtocol.STATE));
        assertEquals("n2", answer.get(GatewayProtocol.NONCE));
    }
}
