package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.GatewaySignatureException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.sim.GatewaySimulator;

/**
 * The faults the simulator plays so the shop's recovery can be tested: slow answer, timeout
 * after approving, duplicate answer; by magic card number and by the loopback control endpoint;
 * and the inspection endpoint that lists the simulator's books.
 */
class SimulatorFaultsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static PaymentGatewayResourceAdapter ra;
    private static PaymentGatewayConnectionFactory factory;

    @BeforeAll
    static void start() throws Exception {
        ra = new PaymentGatewayResourceAdapter();
        ra.setSimulatorEnabled(true);
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        mcf.setRequestTimeoutMillis(1000);
        factory = (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
    }

    @AfterAll
    static void stop() {
        ra.stop();
    }

    @AfterEach
    void disarm() {
        ra.simulator().disarm();
    }

    private static String reference() {
        return "0000008" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static CardApproval approve(String reference, String card) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.approveCard(new CardApprovalRequest(reference, new BigDecimal("15000"), "KB", card,
                    YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("yyMM")), 0));
        }
    }

    private static CardStatus inquire(String reference) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.inquire(reference);
        }
    }

    private static HttpResponse<String> control(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(ra.simulatorUri().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void timeoutAfterApprovingLeavesAnApprovalTheShopDidNotHearOf() throws Exception {
        String ref = reference();
        long start = System.nanoTime();
        GatewayException e = assertThrows(GatewayException.class,
                () -> approve(ref, GatewaySimulator.CARD_TIMEOUT_AFTER_APPROVAL));
        assertTrue(e.outcomeUnknown(), "a timed-out approval may have happened: " + e);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000, "the client gave up at its timeout");
        assertEquals(CardStatus.State.APPROVED, inquire(ref).state(), "the gateway did approve it");
    }

    @Test
    void aDuplicateAnswerIsRefusedAndTheInquiryTellsTheTruth() throws Exception {
        approve(reference(), "4111111111111111");
        String ref = reference();
        GatewaySignatureException e = assertThrows(GatewaySignatureException.class,
                () -> approve(ref, GatewaySimulator.CARD_DUPLICATE_ANSWER));
        assertTrue(e.outcomeUnknown());
        assertTrue(e.getMessage().contains("does not belong"), e.getMessage());
        CardStatus status = inquire(ref);
        assertEquals(CardStatus.State.APPROVED, status.state());
        assertNotNull(status.approvalNumber());
    }

    @Test
    void aSlowAnswerStillApprovesWithinTheTimeout() throws Exception {
        ra.simulator().arm(GatewaySimulator.Fault.SLOW_ANSWER, 1, Duration.ofMillis(400));
        long start = System.nanoTime();
        CardApproval approval = approve(reference(), "4111111111111111");
        assertTrue(approval.approved());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() >= 400, "answered late");
    }

    @Test
    void theControlEndpointArmsAFaultForTheNextApproval() throws Exception {
        HttpResponse<String> armed = control("POST", GatewaySimulator.FAULTS_PATH,
                "fault=TIMEOUT_AFTER_APPROVAL&count=1&delayMillis=2500");
        assertEquals(200, armed.statusCode(), armed.body());
        assertTrue(control("GET", GatewaySimulator.FAULTS_PATH, null).body().contains("TIMEOUT_AFTER_APPROVAL"));

        String ref = reference();
        GatewayException e = assertThrows(GatewayException.class, () -> approve(ref, "4111111111111111"));
        assertTrue(e.outcomeUnknown());
        assertTrue(approve(reference(), "4111111111111111").approved(), "the fault was used up");
        assertEquals(400, control("POST", GatewaySimulator.FAULTS_PATH, "fault=NO_SUCH_FAULT").statusCode());
    }

    @Test
    void theInspectionEndpointListsEveryApprovalWithItsAmountNumberAndCancellation() throws Exception {
        String ref = reference();
        CardApproval approval = approve(ref, "4111111111111111");
        HttpResponse<String> books = control("GET", GatewaySimulator.APPROVALS_PATH, null);
        assertEquals(200, books.statusCode());
        List<String> lines = books.body().lines().toList();
        assertEquals("orderReference\tamount\tapprovalNumber\tcancelled\tapprovedAt\tcancelledAt", lines.get(0));
        String line = lines.stream().filter(l -> l.startsWith(ref + "\t")).findFirst().orElseThrow();
        String[] cells = line.split("\t", -1);
        assertEquals("15000", cells[1]);
        assertEquals(approval.approvalNumber(), cells[2]);
        assertEquals("false", cells[3]);
        assertFalse(books.body().contains("4111111111111111"), "no card number in the books");
    }
}
