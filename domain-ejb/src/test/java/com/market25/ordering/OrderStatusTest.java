package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void anOrderGoesReceivedPaidInstructedDeliveredCompleted() {
        assertTrue(OrderStatus.RECEIVED.canMoveTo(OrderStatus.PAID));
        assertTrue(OrderStatus.PAID.canMoveTo(OrderStatus.DELIVERY_INSTRUCTED));
        assertTrue(OrderStatus.DELIVERY_INSTRUCTED.canMoveTo(OrderStatus.DELIVERED));
        assertTrue(OrderStatus.DELIVERED.canMoveTo(OrderStatus.COMPLETED));
    }

    @Test
    void noStepCanBeSkipped() {
        assertFalse(OrderStatus.RECEIVED.canMoveTo(OrderStatus.DELIVERY_INSTRUCTED));
        assertFalse(OrderStatus.PAID.canMoveTo(OrderStatus.COMPLETED));
        assertFalse(OrderStatus.DELIVERY_INSTRUCTED.canMoveTo(OrderStatus.COMPLETED));
    }

    @Test
    void onlyUnshippedOrdersCanBeCancelled() {
        assertEquals(EnumSet.of(OrderStatus.RECEIVED, OrderStatus.PAID),
                EnumSet.copyOf(java.util.Arrays.stream(OrderStatus.values())
                        .filter(s -> s.canMoveTo(OrderStatus.CANCELLED)).toList()));
    }

    @Test
    void completedAndCancelledAreFinal() {
        assertTrue(OrderStatus.COMPLETED.next().isEmpty());
        assertTrue(OrderStatus.CANCELLED.next().isEmpty());
    }
}
