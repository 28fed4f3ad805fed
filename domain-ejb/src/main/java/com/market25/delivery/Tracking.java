package com.market25.delivery;

import com.market25.ordering.OrderDetail;
import com.market25.ordering.OrderStatus;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * 종적조회 (SHOP-07): the customer's order as a timeline 주문 → 결제 → 배송지시(발송 안내) → 발송 →
 * 배송완료, each step with its time once reached, and the parcels with the carrier's tracking page.
 */
public record Tracking(String slipNo, List<Step> steps, List<ShipmentView> parcels, boolean cancelled)
        implements Serializable {

    public enum Stage {
        ORDERED, PAID, INSTRUCTED, SHIPPED, DELIVERED;

        public String labelKey() {
            return "tracking." + name();
        }
    }

    public record Step(Stage stage, LocalDateTime at) implements Serializable {
        public boolean reached() {
            return at != null;
        }
    }

    /** The step reached last (the current one), for highlighting. */
    public Stage current() {
        Stage last = Stage.ORDERED;
        for (Step s : steps) {
            if (s.reached()) {
                last = s.stage();
            }
        }
        return last;
    }

    static Tracking of(OrderDetail order, List<ShipmentView> parcels) {
        LocalDateTime paid = changedTo(order, OrderStatus.PAID);
        LocalDateTime instructed = changedTo(order, OrderStatus.DELIVERY_INSTRUCTED);
        LocalDateTime shipped = parcels.stream().map(ShipmentView::shippedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDateTime delivered = null;
        if (!parcels.isEmpty() && parcels.stream().allMatch(ShipmentView::delivered)) {
            delivered = parcels.stream().map(ShipmentView::deliveredAt).max(Comparator.naturalOrder()).orElse(null);
        }
        if (delivered == null) {
            delivered = changedTo(order, OrderStatus.DELIVERED);
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(Stage.ORDERED, order.orderedAt()));
        steps.add(new Step(Stage.PAID, paid));
        steps.add(new Step(Stage.INSTRUCTED, instructed));
        steps.add(new Step(Stage.SHIPPED, shipped));
        steps.add(new Step(Stage.DELIVERED, delivered));
        return new Tracking(order.slipNo(), steps, parcels, order.status() == OrderStatus.CANCELLED);
    }

    private static LocalDateTime changedTo(OrderDetail order, OrderStatus status) {
        return order.changes().stream().filter(c -> c.to() == status).map(OrderDetail.Change::at).findFirst()
                .orElse(null);
    }
}
