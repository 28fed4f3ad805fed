package com.market25.payment.gateway.sim;

import static com.market25.payment.gateway.wire.GatewayProtocol.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;

import com.market25.payment.gateway.CardNumbers;
import com.market25.payment.gateway.DeclineCodes;
import com.market25.payment.gateway.wire.CanonicalMessage;
import com.market25.payment.gateway.wire.MessageSignatures;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A card payment gateway simulator on a real loopback socket (JDK HttpServer on 127.0.0.1).
 * It verifies the shop's request signature, applies the rules documented in the module
 * README, and signs its answers with the gateway key. The card number is used for the
 * decision only: it is never logged or stored.
 */
public class GatewaySimulator {

    private static final Logger LOG = Logger.getLogger(GatewaySimulator.class.getName());

    /** Amounts above this (KRW) are declined with LIMIT_EXCEEDED. */
    public static final BigDecimal AMOUNT_LIMIT = new BigDecimal("50000000");
    public static final String CARD_LIMIT_EXCEEDED = "4000000000000002";
    public static final String CARD_EXPIRED = "4000000000000069";
    public static final String CARD_STOLEN = "4000000000000119";

    private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final int MAX_BODY = 64 * 1024;

    private final String gatewayName;
    private final Ed25519PrivateKeyParameters gatewayKey;
    private final Ed25519PublicKeyParameters shopPublicKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Approved order reference -> amount and approval fields (no card number). */
    private final Map<String, Approved> approvedOrders = new HashMap<>();
    private HttpServer server;

    private record Approved(BigDecimal amount, Map<String, String> fields) {
    }

    public GatewaySimulator(String gatewayName, Ed25519PrivateKeyParameters gatewayKey,
            Ed25519PublicKeyParameters shopPublicKey) {
        this(gatewayName, gatewayKey, shopPublicKey, Clock.system(ZONE));
    }

    public GatewaySimulator(String gatewayName, Ed25519PrivateKeyParameters gatewayKey,
            Ed25519PublicKeyParameters shopPublicKey, Clock clock) {
        this.gatewayName = gatewayName;
        this.gatewayKey = gatewayKey;
        this.shopPublicKey = shopPublicKey;
        this.clock = clock;
    }

    /** Starts on 127.0.0.1; port 0 picks a free port. Exchanges run on {@code executor}. */
    public synchronized void start(int port, Executor executor) throws IOException {
        if (server != null) {
            throw new IllegalStateException("simulator already started");
        }
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        s.createContext(APPROVAL_PATH, this::handle);
        s.setExecutor(executor);
        s.start();
        server = s;
        LOG.info(() -> "payment gateway simulator '" + gatewayName + "' listening on " + baseUri());
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
            LOG.info(() -> "payment gateway simulator '" + gatewayName + "' stopped");
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code http://127.0.0.1:port}, the value for the MCF's GatewayUrl. */
    public synchronized URI baseUri() {
        if (server == null) {
            throw new IllegalStateException("simulator not started");
        }
        InetSocketAddress a = server.getAddress();
        return URI.create("http://" + a.getAddress().getHostAddress() + ":" + a.getPort());
    }

    public Ed25519PublicKeyParameters gatewayPublicKey() {
        return gatewayKey.generatePublicKey();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().add("Allow", "POST");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            if (body.length > MAX_BODY) {
                error(exchange, 413, ERROR_BAD_REQUEST, "request too large", null);
                return;
            }
            String signature = exchange.getRequestHeaders().getFirst(MessageSignatures.HEADER);
            if (signature == null || signature.isBlank()) {
                error(exchange, 401, ERROR_MISSING_SIGNATURE, "request is not signed", null);
                return;
            }
            if (!MessageSignatures.verify(shopPublicKey, body, signature)) {
                LOG.warning("refused a payment request with a bad signature");
                error(exchange, 401, ERROR_BAD_SIGNATURE, "request signature does not verify", null);
                return;
            }
            CanonicalMessage request;
            try {
                request = CanonicalMessage.parse(body);
            } catch (IllegalArgumentException e) {
                error(exchange, 400, ERROR_BAD_REQUEST, e.getMessage(), null);
                return;
            }
            Map<String, String> answer;
            try {
                answer = decide(request);
            } catch (BadRequest e) {
                error(exchange, e.status, e.code, e.getMessage(), request);
                return;
            }
            answer.put(ORDER_REFERENCE, request.get(ORDER_REFERENCE));
            answer.put(NONCE, request.get(NONCE));
            send(exchange, 200, answer);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment gateway simulator failed", e);
            throw e;
        }
    }

    private static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        BadRequest(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }

    private synchronized Map<String, String> decide(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        String cardNumber = required(request, CARD_NUMBER);
        String expiry = required(request, EXPIRY);
        BigDecimal amount;
        int installments;
        try {
            amount = new BigDecimal(required(request, AMOUNT));
            installments = Integer.parseInt(required(request, INSTALLMENT_MONTHS));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "amount or installmentMonths is not a number");
        }
        if (amount.signum() <= 0) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "amount must be positive");
        }

        Approved earlier = approvedOrders.get(orderReference);
        if (earlier != null) {
            if (earlier.amount().compareTo(amount) == 0) {
                LOG.fine(() -> "repeated approval request for order " + orderReference);
                return new LinkedHashMap<>(earlier.fields());
            }
            throw new BadRequest(409, ERROR_DUPLICATE_ORDER,
                    "order reference already approved with another amount");
        }

        String digits = CardNumbers.digitsOnly(cardNumber);
        String masked = CardNumbers.mask(digits);
        String decline = declineCode(cardNumber, digits, expiry, amount, installments);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        answer.put(MASKED_CARD_NUMBER, masked);
        if (decline != null) {
            answer.put(APPROVED, "false");
            answer.put(DECLINE_CODE, decline);
            LOG.fine(() -> "declined order " + orderReference + ": " + decline);
            return answer;
        }
        answer.put(APPROVED, "true");
        answer.put(APPROVAL_NUMBER, String.format("%08d", random.nextInt(100_000_000)));
        answer.put(GATEWAY_TOKEN, "tok_" + randomHex(12));
        approvedOrders.put(orderReference, new Approved(amount, Map.copyOf(answer)));
        LOG.fine(() -> "approved order " + orderReference + " card " + masked);
        return answer;
    }

    private String declineCode(String raw, String digits, String expiry, BigDecimal amount, int installments) {
        if (!CardNumbers.luhnValid(raw)) {
            return DeclineCodes.INVALID_CARD;
        }
        switch (digits) {
            case CARD_LIMIT_EXCEEDED:
                return DeclineCodes.LIMIT_EXCEEDED;
            case CARD_EXPIRED:
                return DeclineCodes.EXPIRED_CARD;
            case CARD_STOLEN:
                return DeclineCodes.STOLEN_CARD;
            default:
                break;
        }
        YearMonth expiryMonth = parseExpiry(expiry);
        if (expiryMonth == null) {
            return DeclineCodes.INVALID_CARD;
        }
        if (expiryMonth.isBefore(YearMonth.now(clock.withZone(ZONE)))) {
            return DeclineCodes.EXPIRED_CARD;
        }
        if (amount.compareTo(AMOUNT_LIMIT) > 0) {
            return DeclineCodes.LIMIT_EXCEEDED;
        }
        if (installments != 0 && (installments < 2 || installments > 12)) {
            return DeclineCodes.INVALID_INSTALLMENT;
        }
        return null;
    }

    /** YYMM, year 20YY; null if malformed. */
    private static YearMonth parseExpiry(String yymm) {
        if (yymm == null || !yymm.matches("\\d{4}")) {
            return null;
        }
        int month = Integer.parseInt(yymm.substring(2));
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(2000 + Integer.parseInt(yymm.substring(0, 2)), month);
    }

    private static String required(CanonicalMessage request, String field) throws BadRequest {
        String v = request.get(field);
        if (v == null || v.isBlank()) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "missing field " + field);
        }
        return v;
    }

    private String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        StringBuilder s = new StringBuilder(bytes * 2);
        for (byte x : b) {
            s.append(String.format("%02x", x));
        }
        return s.toString();
    }

    private void error(HttpExchange exchange, int status, String code, String message,
            CanonicalMessage request) throws IOException {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(ERROR, code);
        answer.put(MESSAGE, message);
        answer.put(GATEWAY_NAME, gatewayName);
        if (request != null) {
            answer.put(ORDER_REFERENCE, request.get(ORDER_REFERENCE));
            answer.put(NONCE, request.get(NONCE));
        }
        send(exchange, status, answer);
    }

    private void send(HttpExchange exchange, int status, Map<String, String> fields) throws IOException {
        byte[] body = CanonicalMessage.of(fields).toBytes();
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().add(MessageSignatures.HEADER, MessageSignatures.sign(gatewayKey, body));
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
