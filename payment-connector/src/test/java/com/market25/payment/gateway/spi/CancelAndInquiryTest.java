package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellation;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.CardStatus;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.sim.GatewaySimulator;

/**
 * The two signed exchanges that keep an approval from dangling: cancel (망취소) and status
 * inquiry, through the adapter against its simulator over real HTTP.
 */
class CancelAndInquiryTest {

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

    private static String reference() {
        return "0000009" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    private static CardApproval approve(String reference, String card, String amount) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.approveCard(new CardApprovalRequest(reference, new BigDecimal(amount), "KB", card,
                    YearMonth.now().plusYears(2).format(DateTimeFormatter.ofPattern("yyMM")), 0));
        }
    }

    private static CardStatus inquire(String reference) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.inquire(reference);
        }
    }

    private static CardCancellation cancel(String reference, String amount) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.cancelApproval(new CardCancellationRequest(reference, new BigDecimal(amount), "net cancel"));
        }
    }

    private static GatewaySimulator.ApprovalRecord books(String reference) {
        return ra.simulator().approvals().stream().filter(a -> a.orderReference().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no approval of " + reference + " at the simulator"));
    }

    @Test
    void anApprovalCanBeAskedForAndCancelledAndStaysCancelled() throws Exception {
        String ref = reference();
        CardApproval approval = approve(ref, "4111111111111111", "39000");

        CardStatus status = inquire(ref);
        assertEquals(CardStatus.State.APPROVED, status.state());
        assertEquals(approval.approvalNumber(), status.approvalNumber());
        assertEquals(0, new BigDecimal("39000").compareTo(status.amount()));

        CardCancellation cancelled = cancel(ref, "39000");
        assertTrue(cancelled.approvalExisted());
        assertEquals(approval.approvalNumber(), cancelled.approvalNumber());
        assertEquals(CardStatus.State.CANCELLED, inquire(ref).state());
        assertTrue(books(ref).cancelled(), "the simulator's books show the approval cancelled");

        CardCancellation again = cancel(ref, "39000");
        assertTrue(again.approvalExisted(), "a repeated cancel gives the same answer");
        assertThrows(GatewayException.class, () -> approve(ref, "4111111111111111", "39000"),
                "a cancelled reference is not approved again");
    }

    @Test
    void aCancelBeforeAnyApprovalClosesTheReference() throws Exception {
        String ref = reference();
        CardCancellation cancelled = cancel(ref, "12000");
        assertFalse(cancelled.approvalExisted());
        assertEquals(CardStatus.State.CANCELLED, inquire(ref).state());
        GatewayException late = assertThrows(GatewayException.class,
                () -> approve(ref, "4111111111111111", "12000"));
        assertFalse(late.outcomeUnknown(), "refused outright: nothing approved");
        assertTrue(ra.simulator().approvals().stream().noneMatch(a -> a.orderReference().equals(ref)));
    }

    @Test
    void anUnknownReferenceIsNotFoundAndADeclineIsReportedAsDeclined() throws Exception {
        assertEquals(CardStatus.State.NOT_FOUND, inquire(reference()).state());
        String ref = reference();
        approve(ref, GatewaySimulator.CARD_LIMIT_EXCEEDED, "5000");
        CardStatus declined = inquire(ref);
        assertEquals(CardStatus.State.DECLINED, declined.state());
        assertEquals("LIMIT_EXCEEDED", declined.declineCode());
    }

    @Test
    void aCancelOfAnotherAmountIsRefusedAndLeavesTheApproval() throws Exception {
        String ref = reference();
        approve(ref, "4111111111111111", "20000");
        GatewayException e = assertThrows(GatewayException.class, () -> cancel(ref, "19999"));
        assertFalse(e.outcomeUnknown());
        assertEquals(CardStatus.State.APPROVED, inquire(ref).state());
    }
}
