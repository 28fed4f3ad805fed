package com.market25.payment.gateway.spi;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.market25.payment.gateway.CardApprovalRequest;
import com.market25.payment.gateway.CardCancellationRequest;
import com.market25.payment.gateway.GatewayNotConfiguredException;
import com.market25.payment.gateway.PaymentGatewayConnection;
import com.market25.payment.gateway.PaymentGatewayConnectionFactory;

/**
 * The simulator approves any Luhn-valid card, so it must never be what an unconfigured
 * installation gets: an adapter left at its defaults has no gateway and says so.
 */
class SimulatorOptInTest {

    private PaymentGatewayResourceAdapter ra;

    @AfterEach
    void stop() {
        if (ra != null) {
            ra.stop();
        }
    }

    private PaymentGatewayConnectionFactory adapterWithDefaults() throws Exception {
        ra = new PaymentGatewayResourceAdapter();
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        return (PaymentGatewayConnectionFactory) mcf.createConnectionFactory();
    }

    @Test
    void anAdapterAtItsDefaultsStartsNoSimulator() throws Exception {
        adapterWithDefaults();
        assertNull(ra.simulatorUri(), "no simulator unless SimulatorEnabled=true");
        assertFalse(ra.getSimulatorEnabled());
    }

    @Test
    void withoutGatewayUrlOrSimulatorNoCardIsApproved() throws Exception {
        PaymentGatewayConnectionFactory factory = adapterWithDefaults();
        try (PaymentGatewayConnection c = factory.getConnection()) {
            assertFalse(c.isConfigured());
            GatewayNotConfiguredException e = assertThrows(GatewayNotConfiguredException.class,
                    () -> c.approveCard(new CardApprovalRequest("0000003223-1", new BigDecimal("39000"), "BC",
                            "4111111111111111", "3012", 0)));
            assertFalse(e.outcomeUnknown(), "nothing was sent, so nothing can have been approved");
            assertThrows(GatewayNotConfiguredException.class, () -> c.inquire("0000003223-1"));
            assertThrows(GatewayNotConfiguredException.class, () -> c.cancelApproval(
                    new CardCancellationRequest("0000003223-1", new BigDecimal("39000"), "test")));
        }
    }

    @Test
    void switchingTheSimulatorOnExplicitlyConfiguresTheGateway() throws Exception {
        ra = new PaymentGatewayResourceAdapter();
        ra.setSimulatorEnabled(true);
        ra.start(null);
        PaymentGatewayManagedConnectionFactory mcf = new PaymentGatewayManagedConnectionFactory();
        mcf.setResourceAdapter(ra);
        try (PaymentGatewayConnection c = ((PaymentGatewayConnectionFactory) mcf.createConnectionFactory())
                .getConnection()) {
            assertTrue(c.isConfigured());
        }
    }
}
