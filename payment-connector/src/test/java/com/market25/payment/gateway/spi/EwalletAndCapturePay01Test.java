package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCapture;
import com.market25.payment.gateway.EwalletStart;
import com.market25.payment.gateway.GatewayRoute;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.sim.GatewaySimulator;
import com.market25.payment.gateway.wire.GatewayProtocol;

/**
 * PAY-01 / PAY-03 through the adapter against its simulator over real HTTP: a registered route,
 * the e-wallet redirect with its signed return (verified with Bouncy Castle; an altered or foreign
 * return is refused), and capture (매입) exactly once per reference.
 */
class EwalletAndCapturePay01Test {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final GatewayRoute SIM = new GatewayRoute("sim-a", GatewayRoute.SIMULATOR, "");
    private static PaymentGatewayResourceAdapter ra;
    private static PaymentGatewayConnectionFactory factory;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() throws Exception {
        ra = new PaymentGatewayResourceAdapter();
        ra.setSimulatorEnabled(true);
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        factory = (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
    }

    @AfterAll
    static void stop() {
        ra.stop();
    }

    private static String reference() {
        return "0000008" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** Opens an e-wallet payment, decides on the provider page; the return's parameters. */
    private static Map<String, String> payByEwallet(String reference, String decision) throws Exception {
        EwalletStart start;
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            start = c.startEwallet(reference, new BigDecimal("32000"), "http://shop.test/ewallet/return");
        }
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(start.redirectUrl())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("32000원"), page.body());
        Matcher token = Pattern.compile("name=\"t\" value=\"([0-9a-f]+)\"").matcher(page.body());
        assertTrue(token.find());
        String form = "ref=" + reference + "&t=" + token.group(1) + "&decision=" + decision;
        HttpResponse<String> decided = HTTP.send(HttpRequest.newBuilder(URI.create(start.redirectUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, decided.statusCode());
        String location = decided.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("http://shop.test/ewallet/return?"), location);
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : location.substring(location.indexOf('?') + 1).split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static boolean verifies(Map<String, String> params) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(params);
        String signature = fields.remove(GatewayProtocol.RETURN_SIGNATURE);
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            return c.verifyReturn(fields, signature);
        }
    }

    @Test
    @DisplayName("PAY-01 간편결제: 승인된 리턴은 게이트웨이 서명이 맞고 승인번호를 담는다")
    void anApprovedReturnIsSignedByTheGateway() throws Exception {
        String ref = reference();
        Map<String, String> ret = payByEwallet(ref, "approve");
        assertEquals("APPROVED", ret.get(GatewayProtocol.RESULT));
        assertEquals(ref, ret.get(GatewayProtocol.ORDER_REFERENCE));
        assertNotNull(ret.get(GatewayProtocol.APPROVAL_NUMBER));
        assertTrue(verifies(ret));
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            assertTrue(c.inquire(ref).approved(), "the gateway knows the approval for the reconciliation");
        }
    }

    @Test
    @DisplayName("PAY-01 간편결제: 금액이나 결과를 바꾼 리턴은 서명 검증에 실패한다")
    void anAlteredReturnDoesNotVerify() throws Exception {
        Map<String, String> ret = payByEwallet(reference(), "cancel");
        assertEquals("CANCELLED", ret.get(GatewayProtocol.RESULT));
        assertTrue(verifies(ret));
        Map<String, String> forged = new LinkedHashMap<>(ret);
        forged.put(GatewayProtocol.RESULT, "APPROVED");
        assertFalse(verifies(forged), "result changed");
        Map<String, String> cheaper = new LinkedHashMap<>(ret);
        cheaper.put(GatewayProtocol.AMOUNT, "1");
        assertFalse(verifies(cheaper), "amount changed");
        Map<String, String> unsigned = new LinkedHashMap<>(ret);
        unsigned.remove(GatewayProtocol.RETURN_SIGNATURE);
        assertFalse(verifies(unsigned), "no signature");
    }

    @Test
    @DisplayName("PAY-01 간편결제: 다른 키로 서명한 리턴은 거부된다")
    void aReturnSignedWithAnotherKeyDoesNotVerify() throws Exception {
        Map<String, String> ret = payByEwallet(reference(), "approve");
        Map<String, String> fields = new LinkedHashMap<>(ret);
        fields.remove(GatewayProtocol.RETURN_SIGNATURE);
        var otherKey = (org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters)
                com.market25.payment.gateway.wire.MessageSignatures.generateKeyPair().getPrivate();
        String foreign = com.market25.payment.gateway.wire.MessageSignatures.sign(otherKey,
                com.market25.payment.gateway.wire.CanonicalMessage.of(fields).toBytes());
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            assertFalse(c.verifyReturn(fields, foreign));
        }
    }

    @Test
    @DisplayName("PAY-03 매입: 승인된 거래는 두 번 요청해도 한 번만 매입된다")
    void aCaptureAskedTwiceCapturesOnce() throws Exception {
        String ref = reference();
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            assertTrue(c.approveCard(new CardApprovalRequest(ref, new BigDecimal("54000"), "KB", "4111111111111111",
                    YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("yyMM")), 3)).approved());
            CardCapture first = c.capture(ref, new BigDecimal("54000"));
            CardCapture second = c.capture(ref, new BigDecimal("54000"));
            assertTrue(first.captured());
            assertEquals(first.captureNumber(), second.captureNumber());
        }
        GatewaySimulator.CaptureRecord books = ra.simulator().captures().stream()
                .filter(r -> r.orderReference().equals(ref)).findFirst().orElseThrow();
        assertEquals(2, books.requests());
        assertEquals(1, ra.simulator().captures().stream().filter(r -> r.orderReference().equals(ref)).count());
    }

    @Test
    @DisplayName("PAY-03 매입: 승인이 없는 거래는 매입되지 않는다")
    void nothingApprovedIsNotCapturable() throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection(SIM)) {
            CardCapture capture = c.capture(reference(), new BigDecimal("1000"));
            assertFalse(capture.captured());
            assertEquals("NOT_FOUND", capture.state());
        }
    }

    @Test
    @DisplayName("PAY-01 게이트웨이 등록: 시뮬레이터가 꺼져 있으면 시뮬레이터 경로는 설정되지 않은 것이다")
    void aSimulatorRouteIsNotConfiguredWithoutTheSimulator() throws Exception {
        PaymentGatewayResourceAdapter off = new PaymentGatewayResourceAdapter();
        off.start(null);
        try {
            PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
            mcf.setResourceAdapter(off);
            var f = (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
            try (PaymentGatewayConnection c = f.getConnection(SIM)) {
                assertFalse(c.isConfigured());
            }
            try (PaymentGatewayConnection c = f.getConnection(new GatewayRoute("pg", "https://pg.example/", "/nonexistent.pem"))) {
                assertFalse(c.isConfigured(), "an unreadable key reference is not configured");
            }
        } finally {
            off.stop();
        }
    }
}
