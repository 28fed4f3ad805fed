package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardCapture;
import com.market25.payment.gateway.CardPartialCancellation;
import com.market25.payment.gateway.CardPartialCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;

/** 부분취소 (ORD-01 refunds of some items) through the adapter against its simulator over real HTTP. */
class PartialCancelOrd01Test {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static PaymentGatewayResourceAdapter ra;
    private static PaymentGatewayConnectionFactory factory;

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

    private static String approved(String amount) throws Exception {
        String ref = "0000008" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        try (PaymentGatewayConnection c = factory.getConnection()) {
            assertTrue(c.approveCard(new CardApprovalRequest(ref, new BigDecimal(amount), "KB", "4111111111111111",
                    YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("yyMM")), 0)).approved());
        }
        return ref;
    }

    private static CardPartialCancellation part(String ref, String cancelId, String amount) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.cancelPart(new CardPartialCancellationRequest(ref, cancelId, new BigDecimal(amount), "RETURN"));
        }
    }

    private static CardStatus inquire(String ref) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.inquire(ref);
        }
    }

    @Test
    @DisplayName("ORD-01: a partial cancel takes back part of the approval; the rest stays approved")
    void partOfTheApprovalIsCancelled() throws Exception {
        String ref = approved("100000");
        CardPartialCancellation answer = part(ref, "C-" + ref + "-1", "30000");
        assertEquals(0, new BigDecimal("30000").compareTo(answer.cancelledAmount()));
        assertEquals(0, new BigDecimal("70000").compareTo(answer.remainingAmount()));
        assertFalse(answer.repeated());
        CardStatus status = inquire(ref);
        assertEquals(CardStatus.State.APPROVED, status.state());
        assertEquals(0, new BigDecimal("70000").compareTo(status.remainingAmount()));
        assertEquals(0, new BigDecimal("70000").compareTo(ra.simulator().remainingApproved(ref)));
    }

    @Test
    @DisplayName("ORD-01: the same cancel id twice cancels once")
    void sameCancelIdCancelsOnce() throws Exception {
        String ref = approved("50000");
        part(ref, "C-" + ref + "-1", "20000");
        CardPartialCancellation again = part(ref, "C-" + ref + "-1", "20000");
        assertTrue(again.repeated());
        assertEquals(0, new BigDecimal("30000").compareTo(again.remainingAmount()));
        assertEquals(0, new BigDecimal("30000").compareTo(inquire(ref).remainingAmount()));
    }

    @Test
    @DisplayName("ORD-01: a partial cancel above what remains approved is refused and cancels nothing")
    void moreThanRemainsIsRefused() throws Exception {
        String ref = approved("50000");
        part(ref, "C-" + ref + "-1", "40000");
        GatewayException refused = assertThrows(GatewayException.class, () -> part(ref, "C-" + ref + "-2", "10001"));
        assertFalse(refused.outcomeUnknown(), "a 409 means nothing happened at the gateway");
        assertEquals(0, new BigDecimal("10000").compareTo(inquire(ref).remainingAmount()));
    }

    @Test
    @DisplayName("ORD-01: partial cancels up to the whole amount leave nothing approved")
    void cancellingEverythingCancelsTheReference() throws Exception {
        String ref = approved("50000");
        part(ref, "C-" + ref + "-1", "20000");
        CardPartialCancellation last = part(ref, "C-" + ref + "-2", "30000");
        assertEquals(0, BigDecimal.ZERO.compareTo(last.remainingAmount()));
        assertEquals(CardStatus.State.CANCELLED, inquire(ref).state());
        assertTrue(ra.simulator().approvals().stream().filter(a -> a.orderReference().equals(ref))
                .findFirst().orElseThrow().cancelled());
    }

    @Test
    @DisplayName("ORD-01: the full cancel still works after a partial one and takes back the rest")
    void fullCancelAfterPartial() throws Exception {
        String ref = approved("50000");
        part(ref, "C-" + ref + "-1", "20000");
        try (PaymentGatewayConnection c = factory.getConnection()) {
            assertTrue(c.cancelApproval(new CardCancellationRequest(ref, new BigDecimal("50000"), "CANCEL"))
                    .approvalExisted());
        }
        assertEquals(CardStatus.State.CANCELLED, inquire(ref).state());
        assertThrows(GatewayException.class, () -> part(ref, "C-" + ref + "-3", "1000"));
    }

    @Test
    @DisplayName("PAY-03, ORD-01: after a partial cancel the capture (매입) takes what remains, never the first amount")
    void aCaptureAfterAPartialCancelTakesWhatRemains() throws Exception {
        String ref = approved("60000");
        part(ref, "C-" + ref + "-1", "25000");
        try (PaymentGatewayConnection c = factory.getConnection()) {
            assertThrows(GatewayException.class, () -> c.capture(ref, new BigDecimal("60000")),
                    "the refunded part must not be charged");
            CardCapture capture = c.capture(ref, new BigDecimal("35000"));
            assertTrue(capture.captured(), capture.toString());
        }
    }

    @Test
    @DisplayName("ORD-01: nothing approved cannot be partially cancelled")
    void unknownReferenceIsRefused() {
        assertThrows(GatewayException.class, () -> part("0000000000-9", "C-x", "1000"));
    }
}
