package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.market25.payment.gateway.CardApproval;
import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.DeclineCodes;
import com.market25.payment.gateway.GatewayException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;

/**
 * End to end through the adapter's own classes: RA started directly (simulator on a free
 * loopback port), MCF, connection factory, connection handle, real HTTP.
 */
class PaymentConnectorEndToEndTest {

    private static final String GOOD_CARD = "4111111111111111";
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter YYMM = DateTimeFormatter.ofPattern("yyMM");

    private static PaymentGatewayResourceAdapter ra;
    private static PaymentGatewayConnectionFactory factory;
    private static final List<String> logLines = new CopyOnWriteArrayList<>();
    private static final Logger PACKAGE_LOGGER = Logger.getLogger("com.market25.payment");
    private static final Handler CAPTURE = new Handler() {
        @Override
        public void publish(LogRecord r) {
            logLines.add(String.valueOf(r.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void startAdapter() throws Exception {
        PACKAGE_LOGGER.setLevel(Level.ALL);
        CAPTURE.setLevel(Level.ALL);
        PACKAGE_LOGGER.addHandler(CAPTURE);
        ra = new PaymentGatewayResourceAdapter();
        ra.setGatewayName("e2e-sim");
        ra.setSimulatorEnabled(true);
        ra.setSimulatorPort(0);
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        factory = (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
    }

    @AfterAll
    static void stopAdapter() {
        ra.stop();
        PACKAGE_LOGGER.removeHandler(CAPTURE);
    }

    private static String expiry(YearMonth month) {
        return month.format(YYMM);
    }

    private static String futureExpiry() {
        return expiry(YearMonth.now(SEOUL).plusYears(2));
    }

    private static CardApproval approve(CardApprovalRequest request) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.approveCard(request);
        }
    }

    private static CardApprovalRequest request(String order, String amount, String card, String expiry, int months) {
        return new CardApprovalRequest(order, new BigDecimal(amount), "신한카드", card, expiry, months);
    }

    @Test
    void simulatorRunsOnLoopbackAfterStart() {
        assertNotNull(ra.simulatorUri());
        assertEquals("127.0.0.1", ra.simulatorUri().getHost());
        assertNotEquals(0, ra.simulatorUri().getPort());
    }

    @Test
    void validCardIsApproved() throws Exception {
        CardApproval a = approve(request("ORD-OK-1", "39000", GOOD_CARD, futureExpiry(), 0));
        assertTrue(a.approved());
        assertTrue(a.approvalNumber().matches("\\d{8}"), a.approvalNumber());
        assertTrue(a.gatewayToken().startsWith("tok_"), a.gatewayToken());
        assertEquals("4111-11**-****-1111", a.maskedCardNumber());
        assertNull(a.declineCode());
        assertEquals("e2e-sim", a.gatewayName());
    }

    @Test
    void installmentsTwoToTwelveAreApproved() throws Exception {
        assertTrue(approve(request("ORD-INST-2", "120000", GOOD_CARD, futureExpiry(), 2)).approved());
        assertTrue(approve(request("ORD-INST-12", "120000", GOOD_CARD, futureExpiry(), 12)).approved());
    }

    @Test
    void cardExpiringThisMonthIsApproved() throws Exception {
        assertTrue(approve(request("ORD-THIS-MONTH", "1000", GOOD_CARD, expiry(YearMonth.now(SEOUL)), 0)).approved());
    }

    @Test
    void amountAtTheLimitIsApproved() throws Exception {
        assertTrue(approve(request("ORD-AT-LIMIT", "50000000", GOOD_CARD, futureExpiry(), 0)).approved());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "luhn-invalid,        4111111111111112, 10000,    0,  INVALID_CARD",
        "limit test card,     4000000000000002, 10000,    0,  LIMIT_EXCEEDED",
        "expired test card,   4000000000000069, 10000,    0,  EXPIRED_CARD",
        "stolen test card,    4000000000000119, 10000,    0,  STOLEN_CARD",
        "amount over limit,   4111111111111111, 50000001, 0,  LIMIT_EXCEEDED",
        "one month,           4111111111111111, 10000,    1,  INVALID_INSTALLMENT",
        "thirteen months,     4111111111111111, 10000,    13, INVALID_INSTALLMENT",
        "negative months,     4111111111111111, 10000,    -1, INVALID_INSTALLMENT",
    })
    void declines(String name, String card, String amount, int months, String code) throws Exception {
        CardApproval a = approve(request("ORD-DECL-" + name, amount, card, futureExpiry(), months));
        assertFalse(a.approved());
        assertEquals(code, a.declineCode());
        assertNull(a.approvalNumber());
        assertNull(a.gatewayToken());
    }

    @Test
    void expiryBeforeCurrentMonthIsDeclinedExpired() throws Exception {
        CardApproval a = approve(request("ORD-PAST", "10000", GOOD_CARD, expiry(YearMonth.now(SEOUL).minusMonths(1)), 0));
        assertFalse(a.approved());
        assertEquals(DeclineCodes.EXPIRED_CARD, a.declineCode());
    }

    @Test
    void repeatForAnApprovedOrderReturnsTheSameApproval() throws Exception {
        CardApproval first = approve(request("ORD-IDEM-1", "25000", GOOD_CARD, futureExpiry(), 0));
        CardApproval again = approve(request("ORD-IDEM-1", "25000.00", GOOD_CARD, futureExpiry(), 0));
        assertTrue(first.approved());
        assertEquals(first, again);
    }

    @Test
    void repeatForAnApprovedOrderWithAnotherAmountIsAnError() throws Exception {
        assertTrue(approve(request("ORD-IDEM-2", "25000", GOOD_CARD, futureExpiry(), 0)).approved());
        assertThrows(GatewayException.class, () -> approve(request("ORD-IDEM-2", "26000", GOOD_CARD, futureExpiry(), 0)));
    }

    @Test
    void closedHandleCannotBeUsed() throws Exception {
        PaymentGatewayConnection c = factory.getConnection();
        c.close();
        assertThrows(IllegalStateException.class,
                () -> c.approveCard(request("ORD-CLOSED", "1000", GOOD_CARD, futureExpiry(), 0)));
    }

    @Test
    void fullCardNumberIsNeverLogged() throws Exception {
        approve(request("ORD-LOG", "1000", GOOD_CARD, futureExpiry(), 0));
        approve(request("ORD-LOG-D", "1000", "4000000000000119", futureExpiry(), 0));
        assertFalse(logLines.isEmpty(), "logging was captured");
        for (String line : logLines) {
            assertFalse(line.contains(GOOD_CARD) || line.contains("4000000000000119"), line);
        }
    }
}
