package com.market25.admin.it;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The bank of the demo, as the shop sees it from outside: posts deposit notifications to
 * /bank/deposits in the wire format (sorted {@code key=percent-encoded value} lines, Ed25519
 * signature in X-M25-Signature), signed with the published demo key (DemoBank in the payment
 * connector), which the shop trusts in demo mode only; or with a key of its own, as a forger would.
 */
final class SimulatedBank {

    /** The demo bank's private key (PKCS#8), published on purpose: useless outside demo mode. */
    private static final String DEMO_KEY = "MC4CAQAwBQYDK2VwBCIEIBLYbjomQJqW3RW8BmMq3WeY5McXZYfdyZW3Da2TiQ7l";

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A notification as sent: its id and the answer's status and body. */
    record Sent(String notificationId, int status, String answer) {
    }

    SimulatedBank(String storefront) {
        this.endpoint = (storefront.endsWith("/") ? storefront : storefront + "/") + "bank/deposits";
    }

    static String newNotificationId() {
        return "IT-" + UUID.randomUUID();
    }

    Sent deposit(String notificationId, String account, BigDecimal amount, LocalDateTime at) throws Exception {
        return post(notificationId, account, amount, at, demoKey());
    }

    Sent forged(String notificationId, String account, BigDecimal amount, LocalDateTime at) throws Exception {
        return post(notificationId, account, amount, at, KeyPairGenerator.getInstance("Ed25519").generateKeyPair()
                .getPrivate());
    }

    private Sent post(String notificationId, String account, BigDecimal amount, LocalDateTime at, PrivateKey key)
            throws Exception {
        Map<String, String> fields = new TreeMap<>();
        fields.put("notificationId", notificationId);
        fields.put("accountNumber", account);
        fields.put("amount", amount.toPlainString());
        fields.put("depositorName", "안미란");
        fields.put("depositedAt", at.withNano(0).toString());
        fields.put("bankName", "마켓25은행");
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('\n'));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(bytes);
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("X-M25-Signature", Base64.getEncoder().encodeToString(signer.sign()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Sent(notificationId, answer.statusCode(), answer.body().trim());
    }

    private static PrivateKey demoKey() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                .decode(DEMO_KEY)));
    }
}
