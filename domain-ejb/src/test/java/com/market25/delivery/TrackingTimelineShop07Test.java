package com.market25.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ordering.Channel;
import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SHOP-07 종적조회: the order's timeline from its status history and parcels. */
class TrackingTimelineShop07Test {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Test
    @DisplayName("SHOP-07 a shipped order shows 주문, 결제, 배송지시 and 발송 with their times; 배송완료 is still to come")
    void shippedOrder() {
        OrderDetail order = order(OrderStatus.DELIVERY_INSTRUCTED, List.of(
                new OrderDetail.Change(null, OrderStatus.RECEIVED, "WEB_MASTER", T0),
                new OrderDetail.Change(OrderStatus.RECEIVED, OrderStatus.PAID, "PG:sim", T0.plusMinutes(1)),
                new OrderDetail.Change(OrderStatus.PAID, OrderStatus.DELIVERY_INSTRUCTED, "admin", T0.plusHours(2))));
        Tracking t = Tracking.of(order, List.of(parcel(T0.plusHours(5), null)));
        assertEquals(java.util.Arrays.asList(T0, T0.plusMinutes(1), T0.plusHours(2), T0.plusHours(5), null),
                t.steps().stream().map(Tracking.Step::at).toList());
        assertEquals(Tracking.Stage.SHIPPED, t.current());
        assertFalse(t.steps().get(4).reached());
    }

    @Test
    @DisplayName("SHOP-07 a delivered order shows the carrier's delivery time")
    void deliveredOrder() {
        OrderDetail order = order(OrderStatus.DELIVERED, List.of(
                new OrderDetail.Change(null, OrderStatus.RECEIVED, "WEB_MASTER", T0),
                new OrderDetail.Change(OrderStatus.RECEIVED, OrderStatus.PAID, "PG:sim", T0.plusMinutes(1)),
                new OrderDetail.Change(OrderStatus.PAID, OrderStatus.DELIVERY_INSTRUCTED, "admin", T0.plusHours(2)),
                new OrderDetail.Change(OrderStatus.DELIVERY_INSTRUCTED, OrderStatus.DELIVERED, "admin", T0.plusDays(2))));
        Tracking t = Tracking.of(order, List.of(parcel(T0.plusHours(5), T0.plusDays(1))));
        assertEquals(T0.plusDays(1), t.steps().get(4).at());
        assertEquals(Tracking.Stage.DELIVERED, t.current());
        assertTrue(t.parcels().get(0).trackingLink().endsWith("689212345678"));
    }

    private static ShipmentView parcel(LocalDateTime shipped, LocalDateTime delivered) {
        return new ShipmentView(1, 7, "0000003223", 0, 1, "CJ대한통운", "689212345678",
                "https://trace.example/?no=689212345678", shipped, "admin", ShipmentSource.TYPED, delivered,
                delivered == null ? null : "admin", null, null, "안미란", OrderStatus.DELIVERY_INSTRUCTED);
    }

    private static OrderDetail order(OrderStatus status, List<OrderDetail.Change> changes) {
        return new OrderDetail(7, "0000003223", T0, new BigDecimal("540000"), status, Channel.values()[0], "WEB_MASTER",
                "0040", 1, "000000000001", "안미란", null, null, null, null, List.of(), null, changes, false, null, null);
    }
}
