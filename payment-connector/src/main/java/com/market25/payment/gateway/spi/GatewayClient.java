package com.market25.payment.gateway.spi;

import static com.market25.payment.gateway.wire.GatewayProtocol.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardCapture;
import com.market25.payment.gateway.EwalletStart;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellation;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.GatewaySignatureException;
import com.market25.payment.gateway.GatewayUnreachableException;
import com.market25.payment.gateway.wire.CanonicalMessage;
import com.market25.payment.gateway.wire.MessageSignatures;

/**
 * Sends one signed request over HTTP and verifies the signed answer. The card number goes only
 * into the signed request body; it is never logged.
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

        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, request.orderReference());
        fields.put(AMOUNT, request.amount().toPlainString());
        fields.put(CARD_COMPANY, request.cardCompany());
        // separators are dropped; anything else is left for the gateway to judge
        fields.put(CARD_NUMBER, request.cardNumber().replace(" ", "").replace("-", ""));
        fields.put(EXPIRY, request.expiryYyMm());
        fields.put(INSTALLMENT_MONTHS, Integer.toString(request.installmentMonths()));
        CanonicalMessage answer = exchange(endpoint, APPROVAL_PATH, request.orderReference(), fields);

        boolean approved = "true".equals(answer.get(APPROVED));
        String gatewayName = answer.get(GATEWAY_NAME) != null ? answer.get(GATEWAY_NAME) : endpoint.gatewayName();
        CardApproval result = new CardApproval(approved,
                approved ? answer.get(APPROVAL_NUMBER) : null,
                approved ? answer.get(GATEWAY_TOKEN) : null,
                answer.get(MASKED_CARD_NUMBER),
                approved ? null : answer.get(DECLINE_CODE),
                gatewayName);
        if (approved && (result.approvalNumber() == null || result.gatewayToken() == null)) {
            throw new GatewayException("payment gateway approval without approval number or token", null, true);
        }
        if (!approved && result.declineCode() == null) {
            throw new GatewayException("payment gateway decline without decline code", null, true);
        }
        LOG.fine(() -> "reference " + request.orderReference()
                + (approved ? " approved" : " declined " + result.declineCode()));
        return result;
    }

    CardCancellation cancel(GatewayEndpoint endpoint, CardCancellationRequest request) throws GatewayException {
        Objects.requireNonNull(request.orderReference(), "orderReference");
        Objects.requireNonNull(request.amount(), "amount");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, request.orderReference());
        fields.put(AMOUNT, request.amount().toPlainString());
        fields.put(REASON, request.reason() == null ? "" : request.reason());
        CanonicalMessage answer = exchange(endpoint, CANCEL_PATH, request.orderReference(), fields);
        String result = answer.get(RESULT);
        if (!RESULT_CANCELLED.equals(result) && !RESULT_NOT_APPROVED.equals(result)) {
            throw new GatewayException("payment gateway cancel answer without a known result: " + result, null, true);
        }
        LOG.info(() -> "reference " + request.orderReference() + " cancel at the gateway: " + result);
        return new CardCancellation(request.orderReference(), RESULT_CANCELLED.equals(result),
                answer.get(APPROVAL_NUMBER), nameOf(endpoint, answer));
    }

    CardStatus inquire(GatewayEndpoint endpoint, String orderReference) throws GatewayException {
        Objects.requireNonNull(orderReference, "orderReference");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, orderReference);
        CanonicalMessage answer = exchange(endpoint, INQUIRY_PATH, orderReference, fields);
        CardStatus.State state;
        try {
            state = CardStatus.State.valueOf(String.valueOf(answer.get(STATE)));
        } catch (IllegalArgumentException e) {
            throw new GatewayException("payment gateway inquiry answer without a known state", e, true);
        }
        BigDecimal amount;
        try {
            amount = answer.get(AMOUNT) == null ? null : new BigDecimal(answer.get(AMOUNT));
        } catch (NumberFormatException e) {
            throw new GatewayException("payment gateway inquiry answer with a malformed amount", e, true);
        }
        if (state == CardStatus.State.APPROVED && (answer.get(APPROVAL_NUMBER) == null || amount == null)) {
            throw new GatewayException("payment gateway reports an approval without number or amount", null, true);
        }
        BigDecimal cancelled;
        try {
            cancelled = answer.get(CANCELLED_AMOUNT) == null ? BigDecimal.ZERO : new BigDecimal(answer.get(CANCELLED_AMOUNT));
        } catch (NumberFormatException e) {
            throw new GatewayException("payment gateway inquiry answer with a malformed cancelled amount", e, true);
        }
        return new CardStatus(orderReference, state, amount, answer.get(APPROVAL_NUMBER), answer.get(GATEWAY_TOKEN),
                answer.get(MASKED_CARD_NUMBER), answer.get(DECLINE_CODE), nameOf(endpoint, answer), cancelled);
    }

    com.market25.payment.gateway.CardPartialCancellation cancelPart(GatewayEndpoint endpoint,
            com.market25.payment.gateway.CardPartialCancellationRequest request) throws GatewayException {
        Objects.requireNonNull(request.orderReference(), "orderReference");
        Objects.requireNonNull(request.cancelId(), "cancelId");
        Objects.requireNonNull(request.amount(), "amount");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, request.orderReference());
        fields.put(CANCEL_ID, request.cancelId());
        fields.put(AMOUNT, request.amount().toPlainString());
        fields.put(REASON, request.reason() == null ? "" : request.reason());
        CanonicalMessage answer = exchange(endpoint, PARTIAL_CANCEL_PATH, request.orderReference(), fields);
        if (!request.cancelId().equals(answer.get(CANCEL_ID))) {
            throw new GatewaySignatureException("payment gateway partial cancel answer names another cancel", true);
        }
        BigDecimal cancelled;
        BigDecimal remaining;
        try {
            cancelled = new BigDecimal(String.valueOf(answer.get(CANCELLED_AMOUNT)));
            remaining = new BigDecimal(String.valueOf(answer.get(REMAINING_AMOUNT)));
        } catch (NumberFormatException e) {
            throw new GatewayException("payment gateway partial cancel answer without amounts", e, true);
        }
        LOG.info(() -> "reference " + request.orderReference() + " partial cancel " + request.cancelId() + ": "
                + cancelled.toPlainString() + " cancelled, " + remaining.toPlainString() + " remains");
        return new com.market25.payment.gateway.CardPartialCancellation(request.orderReference(), request.cancelId(),
                cancelled, remaining, answer.get(APPROVAL_NUMBER), "true".equals(answer.get(REPEATED)),
                nameOf(endpoint, answer));
    }

    com.market25.payment.gateway.VirtualAccount issueVirtualAccount(GatewayEndpoint endpoint,
            com.market25.payment.gateway.VirtualAccountRequest request) throws GatewayException {
        Objects.requireNonNull(request.orderReference(), "orderReference");
        Objects.requireNonNull(request.amount(), "amount");
        Objects.requireNonNull(request.deadline(), "deadline");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, request.orderReference());
        fields.put(AMOUNT, request.amount().toPlainString());
        fields.put(DEPOSITOR_NAME, request.depositorName());
        fields.put(DEADLINE, request.deadline().toString());
        CanonicalMessage answer = exchange(endpoint, VIRTUAL_ACCOUNT_PATH, request.orderReference(), fields);
        String bank = answer.get(BANK_NAME);
        String account = answer.get(ACCOUNT_NUMBER);
        java.time.LocalDateTime deadline;
        try {
            deadline = java.time.LocalDateTime.parse(String.valueOf(answer.get(DEADLINE)));
        } catch (java.time.format.DateTimeParseException e) {
            throw new GatewayException("virtual account answer with a malformed deadline", e, true);
        }
        if (bank == null || account == null) {
            throw new GatewayException("virtual account answer without bank or account number", null, true);
        }
        return new com.market25.payment.gateway.VirtualAccount(request.orderReference(), bank, account, deadline,
                nameOf(endpoint, answer));
    }

    CardCapture capture(GatewayEndpoint endpoint, String orderReference, BigDecimal amount) throws GatewayException {
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(amount, "amount");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, orderReference);
        fields.put(AMOUNT, amount.toPlainString());
        CanonicalMessage answer = exchange(endpoint, CAPTURE_PATH, orderReference, fields);
        String result = answer.get(RESULT);
        if (RESULT_CAPTURED.equals(result)) {
            if (answer.get(CAPTURE_NUMBER) == null) {
                throw new GatewayException("payment gateway capture without a capture number", null, true);
            }
            return new CardCapture(orderReference, true, answer.get(CAPTURE_NUMBER), answer.get(STATE),
                    nameOf(endpoint, answer));
        }
        if (RESULT_NOT_CAPTURABLE.equals(result)) {
            return new CardCapture(orderReference, false, null, answer.get(STATE), nameOf(endpoint, answer));
        }
        throw new GatewayException("payment gateway capture answer without a known result: " + result, null, true);
    }

    EwalletStart startEwallet(GatewayEndpoint endpoint, String orderReference, BigDecimal amount, String returnUrl)
            throws GatewayException {
        Objects.requireNonNull(orderReference, "orderReference");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(returnUrl, "returnUrl");
        Map<String, String> fields = new HashMap<>();
        fields.put(ORDER_REFERENCE, orderReference);
        fields.put(AMOUNT, amount.toPlainString());
        fields.put(RETURN_URL, returnUrl);
        CanonicalMessage answer = exchange(endpoint, EWALLET_PATH, orderReference, fields);
        String redirect = answer.get(REDIRECT_URL);
        if (redirect == null || !(redirect.startsWith("http://") || redirect.startsWith("https://"))) {
            throw new GatewayException("e-wallet provider answered without a usable redirect URL", null, true);
        }
        return new EwalletStart(orderReference, redirect, nameOf(endpoint, answer));
    }

    /**
     * Verifies a provider's return: the fields are put in canonical form again and the signature
     * (base64url or base64) checked with the gateway's public key. Malformed input is false.
     */
    static boolean verifyReturn(GatewayEndpoint endpoint, Map<String, String> fields, String signature) {
        if (fields == null || fields.isEmpty() || signature == null || signature.isBlank()) {
            return false;
        }
        byte[] body;
        try {
            body = CanonicalMessage.of(fields).toBytes();
        } catch (IllegalArgumentException e) {
            return false;
        }
        String standard = signature.trim().replace('-', '+').replace('_', '/');
        while (standard.length() % 4 != 0) {
            standard = standard + "=";
        }
        boolean valid = MessageSignatures.verify(endpoint.gatewayPublicKey(), body, standard);
        if (!valid) {
            LOG.warning(() -> "e-wallet return for reference " + fields.get(ORDER_REFERENCE)
                    + " does not carry a valid signature of gateway " + endpoint.gatewayName());
        }
        return valid;
    }

    /** Signs and sends one request; returns the verified answer of exactly this request. */
    private CanonicalMessage exchange(GatewayEndpoint endpoint, String path, String orderReference,
            Map<String, String> fields) throws GatewayException {
        byte[] nonceBytes = new byte[16];
        RANDOM.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        fields.put(NONCE, nonce);
        fields.put(TIMESTAMP, Instant.now().toString());
        byte[] body = CanonicalMessage.of(fields).toBytes();

        URI uri = endpoint.baseUri().resolve(path);
        HttpRequest httpRequest = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", CONTENT_TYPE)
                .header(MessageSignatures.HEADER, MessageSignatures.sign(endpoint.shopKey(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<byte[]> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw new GatewayUnreachableException("payment gateway " + endpoint.gatewayName() + " unreachable at "
                    + endpoint.baseUri() + ": " + e, e);
        } catch (HttpTimeoutException e) {
            throw new GatewayException("payment gateway " + endpoint.gatewayName() + " did not answer " + path
                    + " for " + orderReference + " within " + timeout.toMillis() + " ms", e, true);
        } catch (IOException e) {
            throw new GatewayException("payment gateway " + endpoint.gatewayName() + " failed during " + path
                    + " for " + orderReference + ": " + e, e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException("interrupted while waiting for payment gateway", e, true);
        }
        return readAnswer(endpoint, orderReference, nonce, response);
    }

    private CanonicalMessage readAnswer(GatewayEndpoint endpoint, String orderReference, String nonce,
            HttpResponse<byte[]> response) throws GatewayException {
        int status = response.statusCode();
        if (status == 401) {
            String error = tryParse(response.body()).getOrDefault(ERROR, "UNAUTHORIZED");
            throw new GatewaySignatureException("payment gateway refused the request signature (" + error + ")");
        }
        String signature = response.headers().firstValue(MessageSignatures.HEADER).orElse(null);
        if (signature == null) {
            throw new GatewaySignatureException("payment gateway response (HTTP " + status + ") is not signed", true);
        }
        if (!MessageSignatures.verify(endpoint.gatewayPublicKey(), response.body(), signature)) {
            LOG.warning(() -> "payment gateway response for reference " + orderReference + " has a bad signature");
            throw new GatewaySignatureException("payment gateway response signature does not verify", true);
        }
        CanonicalMessage answer;
        try {
            answer = CanonicalMessage.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new GatewayException("malformed payment gateway response: " + e.getMessage(), e, true);
        }
        if (status != 200) {
            // 4xx: the gateway refused the request as it stands; 5xx: it may have done something
            throw new GatewayException("payment gateway error HTTP " + status + ": " + answer.get(ERROR)
                    + " " + Objects.toString(answer.get(MESSAGE), ""), null, status >= 500);
        }
        if (!nonce.equals(answer.get(NONCE)) || !orderReference.equals(answer.get(ORDER_REFERENCE))) {
            LOG.warning(() -> "payment gateway answer for reference " + orderReference
                    + " belongs to another request (replayed or duplicated answer)");
            throw new GatewaySignatureException("payment gateway response does not belong to this request", true);
        }
        return answer;
    }

    private static String nameOf(GatewayEndpoint endpoint, CanonicalMessage answer) {
        return answer.get(GATEWAY_NAME) != null ? answer.get(GATEWAY_NAME) : endpoint.gatewayName();
    }

    private static Map<String, String> tryParse(byte[] body) {
        try {
            return CanonicalMessage.parse(body).fields();
        } catch (RuntimeException e) {
            return Map.of();
        }
    }
}
