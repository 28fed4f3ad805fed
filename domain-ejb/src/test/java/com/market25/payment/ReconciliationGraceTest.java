package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReconciliationGraceTest {

    private static Duration grace(Map<String, String> properties, Map<String, String> environment) {
        return PaymentReconciliation.grace(properties::get, environment::get);
    }

    @Test
    void twoMinutesUnlessConfigured() {
        assertEquals(Duration.ofMinutes(2), grace(Map.of(), Map.of()));
        assertEquals(Duration.ofSeconds(300), grace(Map.of(PaymentReconciliation.PROPERTY, "300"), Map.of()));
        assertEquals(Duration.ofSeconds(90), grace(Map.of(), Map.of(PaymentReconciliation.ENVIRONMENT, "90")));
    }

    @Test
    void aGraceShorterThanARequestCanTakeIsRefused() {
        assertEquals(Duration.ofMinutes(2), grace(Map.of(PaymentReconciliation.PROPERTY, "5"), Map.of()));
        assertEquals(Duration.ofMinutes(2), grace(Map.of(PaymentReconciliation.PROPERTY, "soon"), Map.of()));
    }
}
