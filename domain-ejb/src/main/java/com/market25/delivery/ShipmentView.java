package com.market25.delivery;

import com.market25.ordering.OrderStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A parcel (발송) as the shipment list and the customer's tracking show it. */
public record ShipmentView(long id, long orderId, String slipNo, int lineNo, long carrierId, String carrierName,
        String trackingNo, String trackingLink, LocalDateTime shippedAt, String shippedBy, ShipmentSource source,
        LocalDateTime deliveredAt, String deliveredBy, Long settlementId, BigDecimal fee, String recipientName,
        OrderStatus orderStatus) implements Serializable {

    public boolean delivered() {
        return deliveredAt != null;
    }

    /** Still correctable: not delivered and not counted by a fee settlement. */
    public boolean removable() {
        return deliveredAt == null && settlementId == null;
    }
}
