package com.market25.payment.gateway.spi;

import static com.market25.payment.gateway.wire.GatewayProtocol.*;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.GatewaySignatureException;
import com.market25.payment.gateway.wire.CanonicalMessage;
import com.market25.payment.gateway.wire.MessageSignatures;

/**
 * Sends one signed approval request over HTTP and verifies the signed answer.
 * The card number goes only into the signed request body; it is never logged.
 */
final class GatewayClient {

    private static final Logger LOG = Logger.getLogger(GatewayClient.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http;
    private final Duration timeout;

    GatewayClient(HttpClient http, Duration timeout) {
        this.http = http;
        this.timeout = timeout;
    }

    CardApproval approve(GatewayEndpoint endpoint, CardApprovalRequest request) throws GatewayException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(request.orderReference(), "orderReference");
        Objects.requireNonNull(request.amount(), "amount");
        Objects.requireNonNull(request.cardNumber(), "cardNumber");

        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, request.orderReference());
        fields.put(AMOUNT, request.amount().toPlainString());
        fields.put(CARD_COMPANY, request.cardCompany());
        // separators are dropped; anything else is left for the gateway to judge
        fields.put(CARD_NUMBER, request.cardNumber().replace(" ", "").replace("-", ""));
        fields.put(EXPIRY, request.expiryYyMm());
        fields.put(INSTALLMENT_MONTHS, Integer.toString(request.installmentMonths()));
        fields.put(NONCE, nonce);
        fields.put(TIMESTAMP, Instant.now().toString());
        byte[] body = CanonicalMessage.of(fields).toBytes();

        URI uri = endpoint.baseUri().resolve(APPROVAL_PATH);
        HttpRequest httpRequest = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", CONTENT_TYPE)
                .header(MessageSignatures.HEADER, MessageSignatures.sign(endpoint.shopKey(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<byte[]> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new GatewayException("payment gateway " + endpoint.gatewayName() + " unreachable at "
                    + endpoint.baseUri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while waiting for payment gateway", e);
        }
        return readAnswer(endpoint, request.orderReference(), nonce, response);
    }

    private CardApproval readAnswer(GatewayEndpoint endpoint, String orderReference, String nonce,
            HttpResponse<byte[]> response) throws GatewayException {
        int status = response.statusCode();
        if (status == 401) {
            String error = tryParse(response.body()).getOrDefault(ERROR, "UNAUTHORIZED");
            throw new GatewaySignatureException("payment gateway refused the request signature (" + error + ")");
        }
        String signature = response.headers().firstValue(MessageSignatures.HEADER).orElse(null);
        if (signature == null) {
            throw new GatewaySignatureException("payment gateway response (HTTP " + status + ") is not signed");
        }
        if (!MessageSignatures.verify(endpoint.gatewayPublicKey(), response.body(), signature)) {
            LOG.warning(() -> "payment gateway response for order " + orderReference + " has a bad signature");
            throw new GatewaySignatureException("payment gateway response signature does not verify");
        }
        CanonicalMessage answer;
        try {
            answer = CanonicalMessage.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new GatewayException("malformed payment gateway response: " + e.getMessage(), e);
        }
        if (status != 200) {
            throw new GatewayException("payment gateway error HTTP " + status + ": " + answer.get(ERROR)
                    + " " + Objects.toString(answer.get(MESSAGE), ""));
        }
        if (!nonce.equals(answer.get(NONCE)) || !orderReference.equals(answer.get(ORDER_REFERENCE))) {
            throw new GatewaySignatureException("payment gateway response does not belong to this request");
        }
        boolean approved = "true".equals(answer.get(APPROVED));
        String gatewayName = answer.get(GATEWAY_NAME) != null ? answer.get(GATEWAY_NAME) : endpoint.gatewayName();
        CardApproval result = new CardApproval(approved,
                approved ? answer.get(APPROVAL_NUMBER) : null,
                approved ? answer.get(GATEWAY_TOKEN) : null,
                answer.get(MASKED_CARD_NUMBER),
                approved ? null : answer.get(DECLINE_CODE),
                gatewayName);
        if (approved && (result.approvalNumber() == null || result.gatewayToken() == null)) {
            throw new GatewayException("payment gateway approval without approval number or token");
        }
        if (!approved && result.declineCode() == null) {
            throw new GatewayException("payment gateway decline without decline code");
        }
        LOG.fine(() -> "order " + orderReference + (approved ? " approved" : " declined " + result.declineCode()));
        return result;
    }

    private static Map<String, String> tryParse(byte[] body) {
        try {
            return CanonicalMessage.parse(body).fields();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
