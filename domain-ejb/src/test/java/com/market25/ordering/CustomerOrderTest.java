package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerOrderTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 22, 10, 0);

    private static CustomerOrder order() {
        var line = new PricedLine(1, "601041010112", "딤채고급형 신형(DP-601)", "냉난방기기", 2,
                new BigDecimal("540000"), new BigDecimal("1080000"), new BigDecimal("76000"), BigDecimal.ZERO, true);
        var cart = new PricedCart(List.of(line), new BigDecimal("1080000"), new BigDecimal("76000"), BigDecimal.ZERO);
        var recipient = new Recipient(RecipientKind.HOME, "안미란", "031-658-2376", "17900", "경기도 평택시", null);
        return new CustomerOrder("0000003222", null, Channel.INTERNET, CustomerOrder.WEB_MASTER, "0040", recipient,
                cart, null, T0);
    }

    @Test
    void slipNumbersAreTenDigitsZeroPadded() {
        assertEquals("0000003222", CustomerOrder.slipNumber(3222));
        assertEquals("9999999999", CustomerOrder.slipNumber(9_999_999_999L));
        assertThrows(IllegalArgumentException.class, () -> CustomerOrder.slipNumber(10_000_000_000L));
    }

    @Test
    void aNewOrderIsReceivedAtTheServerPricedTotal() {
        var order = order();
        assertEquals(OrderStatus.RECEIVED, order.getStatus());
        assertEquals(new BigDecimal("1080000"), order.getTotalAmount());
        assertTrue(order.isPayable());
        assertEquals(1, order.getChanges().size());
        assertNull(order.getChanges().get(0).getFromStatus());
    }

    @Test
    void everyMoveIsRecordedWithWhoAndWhen() {
        var order = order();
        order.moveTo(OrderStatus.PAID, "PG:market25-sim", T0.plusMinutes(1));
        order.moveTo(OrderStatus.DELIVERY_INSTRUCTED, "admin", T0.plusHours(1));
        var last = order.getChanges().get(2);
        assertEquals(OrderStatus.PAID, last.getFromStatus());
        assertEquals(OrderStatus.DELIVERY_INSTRUCTED, last.getToStatus());
        assertEquals("admin", last.getChangedBy());
        assertEquals(T0.plusHours(1), last.getChangedAt());
        assertEquals(T0.plusMinutes(1), order.getPaidAt());
        assertEquals(OrderStatus.DELIVERY_INSTRUCTED, order.getLines().get(0).getStatus());
    }

    @Test
    void theSameMoveTwiceIsRefusedSoARedeliveredApprovalChangesNothing() {
        var order = order();
        order.moveTo(OrderStatus.PAID, "PG", T0);
        assertThrows(IllegalOrderTransitionException.class, () -> order.moveTo(OrderStatus.PAID, "PG", T0));
        assertEquals(2, order.getChanges().size());
    }

    @Test
    void completingBeforeDeliveryIsRefused() {
        var order = order();
        order.moveTo(OrderStatus.PAID, "PG", T0);
        var e = assertThrows(IllegalOrderTransitionException.class,
                () -> order.moveTo(OrderStatus.COMPLETED, "admin", T0));
        assertEquals(OrderStatus.PAID, e.from());
        assertEquals(OrderStatus.PAID, order.getStatus());
    }

    @Test
    void anOrderWithoutLinesCannotBeTaken() {
        var empty = new PricedCart(List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThrows(IllegalArgumentException.class, () -> new CustomerOrder("0000000001", null, Channel.INTERNET,
                "WEB_MASTER", "0040", null, empty, null, T0));
    }

    @Test
    void inv01_anOrderWithAPaymentUnderwayIsNotPayableUntilTheAttemptEnds() {
        CustomerOrder order = order();
        assertTrue(order.isPayable());
        order.holdForPayment();
        assertFalse(order.isPayable(), "one attempt at a time");
        assertThrows(IllegalStateException.class, order::holdForPayment);
        order.releasePaymentHold();
        assertTrue(order.isPayable());
    }

    @Test
    void inv01_payingEndsTheHoldAndACancelledOrderIsNoLongerPayable() {
        CustomerOrder paid = order();
        paid.holdForPayment();
        paid.moveTo(OrderStatus.PAID, "PG:market25-sim", T0.plusMinutes(1));
        assertFalse(paid.isPaymentUnderway());
        assertFalse(paid.isPayable());

        CustomerOrder cancelled = order();
        cancelled.moveTo(OrderStatus.CANCELLED, OrderDesk.EXPIRY, T0.plusMinutes(31));
        assertFalse(cancelled.isPayable());
        assertEquals(T0.plusMinutes(31), cancelled.getCancelledAt());
        assertTrue(cancelled.getLines().stream().allMatch(l -> l.getStatus() == OrderStatus.CANCELLED));
    }
}
