package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;
import com.market25.payment.gateway.VirtualAccount;
import com.market25.payment.gateway.VirtualAccountRequest;
import com.market25.payment.gateway.sim.GatewaySimulator;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 가상계좌 발급 (PAY-01) through the adapter against its simulator, signed like card messages. */
class VirtualAccountPay01Test {

    private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 12, 7, 10, 0);
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

    private static VirtualAccount issue(String reference) throws Exception {
        try (PaymentGatewayConnection c = factory.getConnection()) {
            return c.issueVirtualAccount(new VirtualAccountRequest(reference, new BigDecimal("540000"), "안미란", DEADLINE));
        }
    }

    @Test
    @DisplayName("PAY-01 가상계좌는 은행, 계좌번호, 입금기한과 함께 발급된다")
    void anAccountIsIssuedWithBankAndDeadline() throws Exception {
        VirtualAccount account = issue("9000000001-1");
        assertEquals(GatewaySimulator.VIRTUAL_ACCOUNT_BANK, account.bankName());
        assertTrue(account.accountNumber().matches("\\d{14}"), account.accountNumber());
        assertEquals(DEADLINE, account.deadline());
    }

    @Test
    @DisplayName("PAY-01 같은 결제 시도로 다시 요청하면 같은 계좌를, 다른 시도는 다른 계좌를 받는다")
    void theSameReferenceGetsTheSameAccount() throws Exception {
        VirtualAccount first = issue("9000000002-1");
        assertEquals(first.accountNumber(), issue("9000000002-1").accountNumber());
        assertNotEquals(first.accountNumber(), issue("9000000003-1").accountNumber());
    }
}
