package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** INV-01: which unpaid orders give their stock back, and when. */
class UnpaidOrderPolicyTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 14, 0);
    private static final UnpaidOrderPolicy DEFAULT = new UnpaidOrderPolicy(UnpaidOrderPolicy.DEFAULT_CARD_DEADLINE);

    private static UnpaidOrderPolicy configured(Map<String, String> properties, Map<String, String> environment) {
        return UnpaidOrderPolicy.from(properties::get, environment::get);
    }

    @Test
    void inv01_thirtyMinutesUnlessConfigured() {
        assertEquals(Duration.ofMinutes(30), configured(Map.of(), Map.of()).cardDeadline());
    }

    @Test
    void inv01_theSystemPropertyWinsOverTheEnvironment() {
        assertEquals(Duration.ofMinutes(45), configured(Map.of(UnpaidOrderPolicy.PROPERTY, "45"),
                Map.of(UnpaidOrderPolicy.ENVIRONMENT, "10")).cardDeadline());
        assertEquals(Duration.ofMinutes(10), configured(Map.of(),
                Map.of(UnpaidOrderPolicy.ENVIRONMENT, " 10 ")).cardDeadline());
    }

    @Test
    void inv01_anUnreadableSettingFallsBackToThirtyMinutes() {
        for (String bad : new String[] {"0", "-5", "abc", "10081", "1.5"}) {
            assertEquals(Duration.ofMinutes(30), configured(Map.of(UnpaidOrderPolicy.PROPERTY, bad), Map.of())
                    .cardDeadline(), bad);
        }
    }

    @Test
    void inv01_anUnpaidOrderPastItsDeadlineIsOverdue() {
        assertTrue(DEFAULT.isOverdue(OrderStatus.RECEIVED, false, NOW.minusMinutes(31), NOW));
        assertFalse(DEFAULT.isOverdue(OrderStatus.RECEIVED, false, NOW.minusMinutes(29), NOW));
        assertEquals(NOW.plusMinutes(30), DEFAULT.payBy(NOW));
    }

    @Test
    void inv01_anOrderWithAPaymentUnderwayNeverExpires() {
        assertFalse(DEFAULT.isOverdue(OrderStatus.RECEIVED, true, NOW.minusDays(2), NOW));
    }

    @Test
    void inv01_onlyUnpaidOrdersExpire() {
        for (OrderStatus s : OrderStatus.values()) {
            assertEquals(s == OrderStatus.RECEIVED, DEFAULT.isOverdue(s, false, NOW.minusDays(1), NOW), s.name());
        }
    }
}
