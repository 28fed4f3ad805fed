package com.market25.payment.gateway.sim;

import static com.market25.payment.gateway.wire.GatewayProtocol.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>Besides the three signed endpoints (approve, cancel, inquire) it has two unsigned test
 * endpoints, reachable on loopback only: {@value #APPROVALS_PATH} lists its books (every
 * approval, cancelled or not) and {@value #FAULTS_PATH} arms faults for the next approval
 * requests. Faults can also be asked for with magic card numbers.
 */
public class GatewaySimulator {

    private static final Logger LOG = Logger.getLogger(GatewaySimulator.class.getName());

    /** Amounts above this (KRW) are declined with LIMIT_EXCEEDED. */
    public static final BigDecimal AMOUNT_LIMIT = new BigDecimal("50000000");
    public static final String CARD_LIMIT_EXCEEDED = "4000000000000002";
    public static final String CARD_EXPIRED = "4000000000000069";
    public static final String CARD_STOLEN = "4000000000000119";
    /** Approved, answered after {@link #DEFAULT_SLOW_ANSWER}. */
    public static final String CARD_SLOW_ANSWER = "4000000000000200";
    /** Approved, then the answer is held for {@link #DEFAULT_HOLD}: the shop times out. */
    public static final String CARD_TIMEOUT_AFTER_APPROVAL = "4000000000000408";
    /** Approved, but the answer sent is a duplicate of an earlier answer (another request's). */
    public static final String CARD_DUPLICATE_ANSWER = "4000000000000515";

    /** Unsigned, loopback only: GET lists the approvals (tab-separated, header line first). */
    public static final String APPROVALS_PATH = "/v1/sim/approvals";
    /** Unsigned, loopback only: POST arms a fault, GET lists armed faults, DELETE disarms all. */
    public static final String FAULTS_PATH = "/v1/sim/faults";
    /** Test endpoint: every capture, with how many capture requests its reference got. */
    public static final String CAPTURES_PATH = "/v1/sim/captures";

    public static final Duration DEFAULT_SLOW_ANSWER = Duration.ofSeconds(2);
    public static final Duration DEFAULT_HOLD = Duration.ofSeconds(20);

    /** Faults the simulator can play on an approval request. */
    public enum Fault {
        /** Approves and answers late (but normally within a client's timeout). */
        SLOW_ANSWER,
        /** Approves, then holds the answer longer than a client waits. */
        TIMEOUT_AFTER_APPROVAL,
        /**
         * Approves, but answers with a duplicate of the previous answer it sent (validly signed,
         * for another request): a client that does not check the echoed nonce takes a stale answer.
         */
        DUPLICATE_ANSWER
    }

    /** One line of the simulator's books. */
    public record ApprovalRecord(String orderReference, BigDecimal amount, String approvalNumber,
            boolean cancelled, Instant approvedAt, Instant cancelledAt) {
    }

    private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final int MAX_BODY = 64 * 1024;

    private final String gatewayName;
    private final Ed25519PrivateKeyParameters gatewayKey;
    private final Ed25519PublicKeyParameters shopPublicKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /** Everything known per order reference (no card number). Guarded by this. */
    private final Map<String, Txn> references = new HashMap<>();
    /** Faults armed for the next approval requests, oldest first. Guarded by this. */
    private final Deque<Armed> armed = new ArrayDeque<>();
    /** E-wallet payments opened and not yet approved or cancelled on the provider page. Guarded by this. */
    private final Map<String, PendingEwallet> pendingEwallets = new HashMap<>();
    /** The last approval answer sent, replayed by {@link Fault#DUPLICATE_ANSWER}. Guarded by this. */
    private SignedAnswer lastAnswer;
    private HttpServer server;

    private enum State { APPROVED, CANCELLED, DECLINED }

    /** What the simulator knows of a reference; approval fields stay once approved. */
    private static final class Txn {
        String captureNumber;
        int captureRequests;
        Instant capturedAt;
        State state;
        BigDecimal amount;
        Map<String, String> approval;
        String declineCode;
        Instant approvedAt;
        Instant cancelledAt;
        /** 부분취소 so far: amount per cancel id, in order. */
        final Map<String, BigDecimal> partialCancels = new LinkedHashMap<>();

        BigDecimal partiallyCancelled() {
            return partialCancels.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    private record Armed(Fault fault, Duration delay) {
    }

    /** An e-wallet payment waiting on the provider page; {@code token} keeps the page unguessable. */
    private record PendingEwallet(BigDecimal amount, String returnUrl, String token) {
    }

    /** One capture the simulator booked: how often it was asked (a batch run twice asks twice). */
    public record CaptureRecord(String orderReference, BigDecimal amount, String captureNumber, int requests,
            Instant capturedAt) {
    }

    private record SignedAnswer(byte[] body, String signature) {
    }

    /** An answer and how to deliver it. */
    private record Decision(int status, Map<String, String> fields, Fault fault, Duration delay) {
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
        s.createContext(APPROVAL_PATH, e -> signed(e, APPROVAL_PATH));
        s.createContext(CANCEL_PATH, e -> signed(e, CANCEL_PATH));
        s.createContext(INQUIRY_PATH, e -> signed(e, INQUIRY_PATH));
        s.createContext(VIRTUAL_ACCOUNT_PATH, e -> signed(e, VIRTUAL_ACCOUNT_PATH));
        s.createContext(PARTIAL_CANCEL_PATH, e -> signed(e, PARTIAL_CANCEL_PATH));
        s.createContext(CAPTURE_PATH, e -> signed(e, CAPTURE_PATH));
        s.createContext(EWALLET_PATH, e -> signed(e, EWALLET_PATH));
        s.createContext(EWALLET_PAGE_PATH, this::ewalletPage);
        s.createContext(CAPTURES_PATH, this::listCaptures);
        s.createContext(APPROVALS_PATH, this::listApprovals);
        s.createContext(FAULTS_PATH, this::faults);
        s.setExecutor(executor);
        s.start();
        server = s;
        LOG.info(() -> "payment gateway simulator '" + gatewayName + "' listening on " + baseUri()
                + " (test endpoints " + baseUri() + APPROVALS_PATH + ", " + baseUri() + FAULTS_PATH + ")");
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

    /** Arms a fault for the next {@code count} approval requests; null delay = the fault's default. */
    public synchronized void arm(Fault fault, int count, Duration delay) {
        for (int i = 0; i < count; i++) {
            armed.add(new Armed(fault, delay == null ? defaultDelay(fault) : delay));
        }
        LOG.info(() -> "payment gateway simulator: " + fault + " armed for the next " + count + " approval(s)");
    }

    public synchronized void disarm() {
        armed.clear();
    }

    /** The simulator's books: every approval it gave, oldest first, with whether it was cancelled. */
    public synchronized List<ApprovalRecord> approvals() {
        List<ApprovalRecord> list = new ArrayList<>();
        references.forEach((reference, t) -> {
            if (t.approval != null) {
                list.add(new ApprovalRecord(reference, t.amount, t.approval.get(APPROVAL_NUMBER),
                        t.state == State.CANCELLED, t.approvedAt, t.cancelledAt));
            }
        });
        list.sort(Comparator.comparing(ApprovalRecord::approvedAt).thenComparing(ApprovalRecord::orderReference));
        return list;
    }

    private static Duration defaultDelay(Fault fault) {
        return switch (fault) {
            case SLOW_ANSWER -> DEFAULT_SLOW_ANSWER;
            case TIMEOUT_AFTER_APPROVAL -> DEFAULT_HOLD;
            case DUPLICATE_ANSWER -> Duration.ZERO;
        };
    }

    // ---------------------------------------------------------------- signed endpoints

    private void signed(HttpExchange exchange, String path) throws IOException {
        try (exchange) {
            if (!path.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
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
            Decision decision;
            try {
                decision = switch (path) {
                    case APPROVAL_PATH -> approve(request);
                    case CANCEL_PATH -> cancel(request);
                    case VIRTUAL_ACCOUNT_PATH -> issueVirtualAccount(request);
                    case PARTIAL_CANCEL_PATH -> cancelPart(request);
                    case CAPTURE_PATH -> capture(request);
                    case EWALLET_PATH -> openEwallet(request);
                    default -> inquire(request);
                };
            } catch (BadRequest e) {
                error(exchange, e.status, e.code, e.getMessage(), request);
                return;
            }
            deliver(exchange, request, decision);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "payment gateway simulator failed", e);
            throw e;
        }
    }

    private void deliver(HttpExchange exchange, CanonicalMessage request, Decision decision) throws IOException {
        Map<String, String> answer = decision.fields();
        answer.put(ORDER_REFERENCE, request.get(ORDER_REFERENCE));
        answer.put(NONCE, request.get(NONCE));
        byte[] body = CanonicalMessage.of(answer).toBytes();
        SignedAnswer fresh = new SignedAnswer(body, MessageSignatures.sign(gatewayKey, body));
        SignedAnswer toSend = fresh;
        if (decision.fault() == Fault.DUPLICATE_ANSWER) {
            toSend = duplicateOf(fresh, answer);
        }
        synchronized (this) {
            lastAnswer = fresh;
        }
        if (decision.fault() == Fault.SLOW_ANSWER || decision.fault() == Fault.TIMEOUT_AFTER_APPROVAL) {
            pause(decision.delay());
        }
        try {
            send(exchange, decision.status(), toSend);
        } catch (IOException e) {
            // the client gave up waiting: exactly what TIMEOUT_AFTER_APPROVAL plays
            LOG.fine(() -> "answer for " + request.get(ORDER_REFERENCE) + " not delivered: " + e);
        }
    }

    /** The previous answer sent, or (none yet) this answer re-addressed to another request. */
    private synchronized SignedAnswer duplicateOf(SignedAnswer fresh, Map<String, String> answer) {
        if (lastAnswer != null) {
            return lastAnswer;
        }
        Map<String, String> other = new LinkedHashMap<>(answer);
        other.put(NONCE, randomHex(16));
        byte[] body = CanonicalMessage.of(other).toBytes();
        return new SignedAnswer(body, MessageSignatures.sign(gatewayKey, body));
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private synchronized Decision approve(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        String cardNumber = required(request, CARD_NUMBER);
        String expiry = required(request, EXPIRY);
        BigDecimal amount = amount(request);
        int installments;
        try {
            installments = Integer.parseInt(required(request, INSTALLMENT_MONTHS));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "installmentMonths is not a number");
        }
        String digits = CardNumbers.digitsOnly(cardNumber);
        Armed fault = faultFor(digits);

        Txn earlier = references.get(orderReference);
        if (earlier != null && earlier.state == State.CANCELLED) {
            throw new BadRequest(409, ERROR_REFERENCE_CANCELLED, "order reference was cancelled");
        }
        if (earlier != null && earlier.state == State.APPROVED) {
            if (earlier.amount.compareTo(amount) == 0) {
                LOG.fine(() -> "repeated approval request for reference " + orderReference);
                return decision(new LinkedHashMap<>(earlier.approval), fault);
            }
            throw new BadRequest(409, ERROR_DUPLICATE_ORDER, "order reference already approved with another amount");
        }

        String masked = CardNumbers.mask(digits);
        String decline = declineCode(cardNumber, digits, expiry, amount, installments);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        answer.put(MASKED_CARD_NUMBER, masked);
        Txn t = new Txn();
        t.amount = amount;
        if (decline != null) {
            answer.put(APPROVED, "false");
            answer.put(DECLINE_CODE, decline);
            t.state = State.DECLINED;
            t.declineCode = decline;
            references.put(orderReference, t);
            LOG.fine(() -> "declined reference " + orderReference + ": " + decline);
            return decision(answer, fault);
        }
        answer.put(APPROVED, "true");
        answer.put(APPROVAL_NUMBER, String.format("%08d", random.nextInt(100_000_000)));
        answer.put(GATEWAY_TOKEN, "tok_" + randomHex(12));
        t.state = State.APPROVED;
        t.approval = Map.copyOf(answer);
        t.approvedAt = clock.instant();
        references.put(orderReference, t);
        LOG.fine(() -> "approved reference " + orderReference + " card " + masked);
        return decision(answer, fault);
    }

    /** The simulated bank every virtual account is opened at. */
    public static final String VIRTUAL_ACCOUNT_BANK = "마켓25은행";

    /** Virtual accounts issued, per order reference (same reference, same account). Guarded by this. */
    private final Map<String, Map<String, String>> virtualAccounts = new HashMap<>();

    // 14 random digits: ten thousand accounts of a bench meet with a chance of about 1 in 10^6
    private synchronized Decision issueVirtualAccount(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        BigDecimal amount = amount(request);
        String deadline = required(request, DEADLINE);
        try {
            java.time.LocalDateTime.parse(deadline);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "deadline is not an ISO local date-time");
        }
        Map<String, String> earlier = virtualAccounts.get(orderReference);
        if (earlier != null) {
            if (new BigDecimal(earlier.get(AMOUNT)).compareTo(amount) != 0) {
                throw new BadRequest(409, ERROR_DUPLICATE_ORDER, "order reference already has an account for another amount");
            }
            return new Decision(200, new LinkedHashMap<>(earlier), null, null);
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        answer.put(BANK_NAME, VIRTUAL_ACCOUNT_BANK);
        answer.put(ACCOUNT_NUMBER, String.format("25%06d%06d", random.nextInt(1_000_000), random.nextInt(1_000_000)));
        answer.put(DEADLINE, deadline);
        answer.put(AMOUNT, amount.toPlainString());
        virtualAccounts.put(orderReference, Map.copyOf(answer));
        LOG.fine(() -> "virtual account for reference " + orderReference);
        return new Decision(200, answer, null, null);
    }

    private static Decision decision(Map<String, String> answer, Armed fault) {
        return new Decision(200, answer, fault == null ? null : fault.fault(), fault == null ? null : fault.delay());
    }

    /** A magic card number's fault, else the oldest armed one (consumed), else none. */
    private Armed faultFor(String digits) {
        return switch (digits) {
            case CARD_SLOW_ANSWER -> new Armed(Fault.SLOW_ANSWER, DEFAULT_SLOW_ANSWER);
            case CARD_TIMEOUT_AFTER_APPROVAL -> new Armed(Fault.TIMEOUT_AFTER_APPROVAL, DEFAULT_HOLD);
            case CARD_DUPLICATE_ANSWER -> new Armed(Fault.DUPLICATE_ANSWER, Duration.ZERO);
            default -> armed.poll();
        };
    }

    private synchronized Decision cancel(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        BigDecimal amount = amount(request);
        Txn t = references.get(orderReference);
        // an e-wallet payment still on the provider page is closed too: its page refuses afterwards
        pendingEwallets.remove(orderReference);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        if (t == null || t.approval == null) {
            // nothing approved: close the reference so a late approval cannot appear
            Txn closed = t == null ? new Txn() : t;
            closed.state = State.CANCELLED;
            closed.amount = closed.amount == null ? amount : closed.amount;
            closed.cancelledAt = closed.cancelledAt == null ? clock.instant() : closed.cancelledAt;
            references.put(orderReference, closed);
            answer.put(RESULT, RESULT_NOT_APPROVED);
            return new Decision(200, answer, null, null);
        }
        if (t.amount.compareTo(amount) != 0) {
            throw new BadRequest(409, ERROR_AMOUNT_MISMATCH, "cancel amount is not the approved amount");
        }
        if (t.state != State.CANCELLED) {
            t.state = State.CANCELLED;
            t.cancelledAt = clock.instant();
            LOG.fine(() -> "cancelled the approval of reference " + orderReference);
        }
        answer.put(RESULT, RESULT_CANCELLED);
        answer.put(APPROVAL_NUMBER, t.approval.get(APPROVAL_NUMBER));
        return new Decision(200, answer, null, null);
    }

    /**
     * 부분취소: takes back part of an approval. The same cancel id with the same amount answers as
     * the first time (repeated) and cancels nothing more; once nothing remains the reference is
     * cancelled as a whole.
     */
    private synchronized Decision cancelPart(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        String cancelId = required(request, CANCEL_ID);
        BigDecimal amount = amount(request);
        Txn t = references.get(orderReference);
        if (t == null || t.approval == null) {
            throw new BadRequest(409, ERROR_NOT_CANCELLABLE, "nothing approved for this reference");
        }
        BigDecimal earlier = t.partialCancels.get(cancelId);
        boolean repeated = earlier != null;
        if (repeated && earlier.compareTo(amount) != 0) {
            throw new BadRequest(409, ERROR_DUPLICATE_CANCEL_ID, "cancel id used before with another amount");
        }
        if (!repeated) {
            if (t.state == State.CANCELLED) {
                throw new BadRequest(409, ERROR_REFERENCE_CANCELLED, "order reference was cancelled");
            }
            BigDecimal remaining = t.amount.subtract(t.partiallyCancelled());
            if (amount.compareTo(remaining) > 0) {
                throw new BadRequest(409, ERROR_AMOUNT_EXCEEDS_REMAINING,
                        "cancel amount above what remains approved (" + remaining.toPlainString() + ")");
            }
            t.partialCancels.put(cancelId, amount);
            if (t.partiallyCancelled().compareTo(t.amount) == 0) {
                t.state = State.CANCELLED;
                t.cancelledAt = clock.instant();
            }
            LOG.fine(() -> "partially cancelled reference " + orderReference + " by " + amount.toPlainString());
        }
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        answer.put(CANCEL_ID, cancelId);
        answer.put(CANCELLED_AMOUNT, amount.toPlainString());
        answer.put(REMAINING_AMOUNT, t.state == State.CANCELLED ? "0"
                : t.amount.subtract(t.partiallyCancelled()).toPlainString());
        answer.put(APPROVAL_NUMBER, t.approval.get(APPROVAL_NUMBER));
        answer.put(REPEATED, Boolean.toString(repeated));
        return new Decision(200, answer, null, null);
    }

    /** What remains approved of a reference (zero when unknown or cancelled), for tests. */
    public synchronized BigDecimal remainingApproved(String orderReference) {
        Txn t = references.get(orderReference);
        if (t == null || t.approval == null || t.state != State.APPROVED) {
            return BigDecimal.ZERO;
        }
        return t.amount.subtract(t.partiallyCancelled());
    }

    /** Captures an approved reference once; asked again, answers the same capture number. */
    private synchronized Decision capture(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        BigDecimal amount = amount(request);
        Txn t = references.get(orderReference);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        if (t == null || t.state != State.APPROVED) {
            answer.put(RESULT, RESULT_NOT_CAPTURABLE);
            answer.put(STATE, t == null ? "NOT_FOUND" : t.state.name());
            return new Decision(200, answer, null, null);
        }
        // a capture takes what remains approved after partial cancels (부분취소), not the first amount
        if (t.amount.subtract(t.partiallyCancelled()).compareTo(amount) != 0) {
            throw new BadRequest(409, ERROR_AMOUNT_MISMATCH, "capture amount is not what remains approved");
        }
        t.captureRequests++;
        if (t.captureNumber == null) {
            t.captureNumber = "C" + String.format("%09d", random.nextInt(1_000_000_000));
            t.capturedAt = clock.instant();
        }
        answer.put(RESULT, RESULT_CAPTURED);
        answer.put(STATE, t.state.name());
        answer.put(CAPTURE_NUMBER, t.captureNumber);
        return new Decision(200, answer, null, null);
    }

    /** Every capture booked, oldest first. */
    public synchronized List<CaptureRecord> captures() {
        List<CaptureRecord> list = new ArrayList<>();
        references.forEach((reference, t) -> {
            if (t.captureNumber != null) {
                list.add(new CaptureRecord(reference, t.amount, t.captureNumber, t.captureRequests, t.capturedAt));
            }
        });
        list.sort(Comparator.comparing(CaptureRecord::capturedAt).thenComparing(CaptureRecord::orderReference));
        return list;
    }

    /** Opens an e-wallet payment; the customer approves or cancels it on the provider page. */
    private synchronized Decision openEwallet(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        BigDecimal amount = amount(request);
        String returnUrl = required(request, RETURN_URL);
        if (!(returnUrl.startsWith("http://") || returnUrl.startsWith("https://"))) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "returnUrl must be http(s)");
        }
        if (references.containsKey(orderReference)) {
            throw new BadRequest(409, ERROR_DUPLICATE_ORDER, "order reference already used");
        }
        String token = randomHex(16);
        pendingEwallets.put(orderReference, new PendingEwallet(amount, returnUrl, token));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        answer.put(REDIRECT_URL, baseUri() + EWALLET_PAGE_PATH + "?ref=" + urlEncode(orderReference) + "&t=" + token);
        return new Decision(200, answer, null, null);
    }

    /**
     * The provider's page: GET shows the amount with 결제 승인 / 결제 취소, POST decides and sends
     * the customer back to the shop with a signed return (303).
     */
    private void ewalletPage(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!EWALLET_PAGE_PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Map<String, String> form = new HashMap<>();
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                form.putAll(form(query));
            }
            if ("POST".equals(exchange.getRequestMethod())) {
                try (InputStream in = exchange.getRequestBody()) {
                    form.putAll(form(new String(in.readNBytes(4096), StandardCharsets.UTF_8)));
                }
            }
            String reference = form.getOrDefault("ref", "");
            PendingEwallet pending;
            synchronized (this) {
                pending = pendingEwallets.get(reference);
            }
            if (pending == null || !pending.token().equals(form.get("t"))) {
                html(exchange, 404, "<p>결제 요청을 찾을 수 없습니다 (unknown or finished payment).</p>");
                return;
            }
            if ("GET".equals(exchange.getRequestMethod())) {
                String hidden = "<input type=\"hidden\" name=\"ref\" value=\"" + escape(reference) + "\">"
                        + "<input type=\"hidden\" name=\"t\" value=\"" + pending.token() + "\">";
                html(exchange, 200, "<h1>" + escape(gatewayName) + " 간편결제 (simulator)</h1>"
                        + "<p id=\"amount\">" + pending.amount().toPlainString() + "원</p>"
                        + "<form method=\"post\">" + hidden
                        + "<button id=\"approve\" name=\"decision\" value=\"approve\">결제 승인</button> "
                        + "<button id=\"cancel\" name=\"decision\" value=\"cancel\">결제 취소</button></form>");
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Map<String, String> result = decideEwallet(reference, pending, "approve".equals(form.get("decision")));
            if (result == null) {
                html(exchange, 409, "<p>이미 끝난 결제입니다 (payment already finished or cancelled by the shop).</p>");
                return;
            }
            byte[] body = CanonicalMessage.of(result).toBytes();
            String signature = MessageSignatures.sign(gatewayKey, body).replace('+', '-').replace('/', '_')
                    .replace("=", "");
            StringBuilder location = new StringBuilder(pending.returnUrl())
                    .append(pending.returnUrl().contains("?") ? '&' : '?');
            result.forEach((k, v) -> location.append(urlEncode(k)).append('=').append(urlEncode(v)).append('&'));
            location.append(RETURN_SIGNATURE).append('=').append(signature);
            exchange.getResponseHeaders().add("Location", location.toString());
            exchange.sendResponseHeaders(303, -1);
        }
    }

    /** Books the customer's decision like a card approval (or a closed reference) and builds the return. */
    private synchronized Map<String, String> decideEwallet(String reference, PendingEwallet pending, boolean approve) {
        if (pendingEwallets.remove(reference) == null || references.containsKey(reference)) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        result.put(ORDER_REFERENCE, reference);
        result.put(AMOUNT, pending.amount().toPlainString());
        result.put(GATEWAY_NAME, gatewayName);
        result.put(NONCE, randomHex(16));
        result.put(TIMESTAMP, clock.instant().toString());
        Txn t = new Txn();
        t.amount = pending.amount();
        if (approve) {
            Map<String, String> approval = new LinkedHashMap<>();
            approval.put(GATEWAY_NAME, gatewayName);
            approval.put(APPROVED, "true");
            approval.put(APPROVAL_NUMBER, String.format("%08d", random.nextInt(100_000_000)));
            approval.put(GATEWAY_TOKEN, "ewt_" + randomHex(12));
            t.state = State.APPROVED;
            t.approval = Map.copyOf(approval);
            t.approvedAt = clock.instant();
            result.put(RESULT, RESULT_APPROVED);
            result.put(APPROVAL_NUMBER, approval.get(APPROVAL_NUMBER));
            result.put(GATEWAY_TOKEN, approval.get(GATEWAY_TOKEN));
        } else {
            t.state = State.CANCELLED;
            t.cancelledAt = clock.instant();
            result.put(RESULT, RESULT_CANCELLED);
        }
        references.put(reference, t);
        return result;
    }

    private void listCaptures(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!loopbackGet(exchange, CAPTURES_PATH, "GET")) {
                return;
            }
            StringBuilder out = new StringBuilder("orderReference\tamount\tcaptureNumber\trequests\tcapturedAt\n");
            for (CaptureRecord c : captures()) {
                out.append(c.orderReference()).append('\t').append(c.amount().toPlainString()).append('\t')
                        .append(c.captureNumber()).append('\t').append(c.requests()).append('\t')
                        .append(c.capturedAt()).append('\n');
            }
            text(exchange, 200, out.toString());
        }
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = ("<!DOCTYPE html><html lang=\"ko\"><head><meta charset=\"UTF-8\"><title>간편결제</title></head><body>"
                + body + "</body></html>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private synchronized Decision inquire(CanonicalMessage request) throws BadRequest {
        String orderReference = required(request, ORDER_REFERENCE);
        Txn t = references.get(orderReference);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(GATEWAY_NAME, gatewayName);
        if (t == null) {
            answer.put(STATE, "NOT_FOUND");
            return new Decision(200, answer, null, null);
        }
        answer.put(STATE, t.state.name());
        if (t.approval != null) {
            answer.put(AMOUNT, t.amount.toPlainString());
            answer.put(APPROVAL_NUMBER, t.approval.get(APPROVAL_NUMBER));
            answer.put(GATEWAY_TOKEN, t.approval.get(GATEWAY_TOKEN));
            answer.put(MASKED_CARD_NUMBER, t.approval.get(MASKED_CARD_NUMBER));
            if (t.partiallyCancelled().signum() > 0) {
                answer.put(CANCELLED_AMOUNT, t.partiallyCancelled().toPlainString());
            }
        }
        if (t.state == State.DECLINED) {
            answer.put(DECLINE_CODE, t.declineCode);
        }
        return new Decision(200, answer, null, null);
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

    private static BigDecimal amount(CanonicalMessage request) throws BadRequest {
        BigDecimal amount;
        try {
            amount = new BigDecimal(required(request, AMOUNT));
        } catch (NumberFormatException e) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "amount is not a number");
        }
        if (amount.signum() <= 0) {
            throw new BadRequest(400, ERROR_BAD_REQUEST, "amount must be positive");
        }
        return amount;
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
        byte[] body = CanonicalMessage.of(answer).toBytes();
        send(exchange, status, new SignedAnswer(body, MessageSignatures.sign(gatewayKey, body)));
    }

    private static void send(HttpExchange exchange, int status, SignedAnswer answer) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", CONTENT_TYPE);
        exchange.getResponseHeaders().add(MessageSignatures.HEADER, answer.signature());
        exchange.sendResponseHeaders(status, answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    // ---------------------------------------------------------------- test endpoints (loopback)

    private void listApprovals(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!loopbackGet(exchange, APPROVALS_PATH, "GET")) {
                return;
            }
            StringBuilder out = new StringBuilder(
                    "orderReference\tamount\tapprovalNumber\tcancelled\tapprovedAt\tcancelledAt\n");
            for (ApprovalRecord a : approvals()) {
                out.append(a.orderReference()).append('\t').append(a.amount().toPlainString()).append('\t')
                        .append(a.approvalNumber()).append('\t').append(a.cancelled()).append('\t')
                        .append(a.approvedAt()).append('\t')
                        .append(a.cancelledAt() == null ? "" : a.cancelledAt().toString()).append('\n');
            }
            text(exchange, 200, out.toString());
        }
    }

    private void faults(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!loopbackGet(exchange, FAULTS_PATH, method)) {
                return;
            }
            switch (method) {
                case "GET" -> {
                    StringBuilder out = new StringBuilder();
                    synchronized (this) {
                        armed.forEach(a -> out.append(a.fault()).append('\t').append(a.delay().toMillis()).append('\n'));
                    }
                    text(exchange, 200, out.toString());
                }
                case "DELETE" -> {
                    disarm();
                    text(exchange, 200, "disarmed\n");
                }
                case "POST" -> {
                    Map<String, String> form;
                    try (InputStream in = exchange.getRequestBody()) {
                        form = form(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
                    }
                    String query = exchange.getRequestURI().getRawQuery();
                    if (query != null) {
                        form(query).forEach(form::putIfAbsent);
                    }
                    try {
                        Fault fault = Fault.valueOf(String.valueOf(form.get("fault")));
                        int count = Integer.parseInt(form.getOrDefault("count", "1"));
                        Duration delay = form.containsKey("delayMillis")
                                ? Duration.ofMillis(Long.parseLong(form.get("delayMillis"))) : null;
                        if (count < 1 || count > 1000 || (delay != null && (delay.isNegative()
                                || delay.toMinutes() > 10))) {
                            throw new IllegalArgumentException("count 1..1000, delayMillis 0..600000");
                        }
                        arm(fault, count, delay);
                        text(exchange, 200, "armed " + fault + " x" + count + "\n");
                    } catch (IllegalArgumentException e) {
                        text(exchange, 400, "fault=SLOW_ANSWER|TIMEOUT_AFTER_APPROVAL|DUPLICATE_ANSWER"
                                + "[&count=N][&delayMillis=M]: " + e.getMessage() + "\n");
                    }
                }
                default -> {
                    exchange.getResponseHeaders().add("Allow", "GET, POST, DELETE");
                    exchange.sendResponseHeaders(405, -1);
                }
            }
        }
    }

    private static boolean loopbackGet(HttpExchange exchange, String path, String allowed) throws IOException {
        if (!path.equals(exchange.getRequestURI().getPath())) {
            exchange.sendResponseHeaders(404, -1);
            return false;
        }
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            exchange.sendResponseHeaders(403, -1);
            return false;
        }
        if (!exchange.getRequestMethod().equals(allowed)) {
            exchange.getResponseHeaders().add("Allow", "GET");
            exchange.sendResponseHeaders(405, -1);
            return false;
        }
        return true;
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new HashMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).trim(),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8).trim());
            }
        }
        return form;
    }

    private static void text(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
