package com.market25.delivery;

import com.market25.common.InvalidInputException;
import com.market25.ordering.OrderDesk;
import com.market25.ordering.OrderStatus;
import com.market25.staff.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One slip of a bulk action per transaction: a refused slip rolls back only itself, and the
 * report says what became of each.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.ORDERS})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DeliverySteps {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private OrderDesk orders;

    /** 배송지시 of one paid slip, through the order's own boundary. */
    public void instruct(String slipNo, String by) {
        orders.move(slipNo, OrderStatus.DELIVERY_INSTRUCTED, by);
    }

    /**
     * 배송완료 of one slip: its parcels get the delivered time (the carrier's, when the file gives
     * one) and the order moves to 배송완료.
     *
     * @throws InvalidInputException {@code error.delivery.noShipment} without a parcel,
     *         {@code error.delivery.deliveredAt} for a time before shipping or in the future
     */
    public void confirm(long orderId, String slipNo, LocalDateTime deliveredAt, String by) {
        LocalDateTime now = LocalDateTime.now();
        List<?> shipped = em.createNativeQuery("select shipped_at from shipment where order_id = ?1 for update")
                .setParameter(1, orderId)
                .getResultList();
        if (shipped.isEmpty()) {
            throw InvalidInputException.of("slipNo", "error.delivery.noShipment");
        }
        LocalDateTime at = deliveredAt == null ? now : deliveredAt;
        for (Object s : shipped) {
            LocalDateTime shippedAt = s instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) s;
            if (at.isBefore(shippedAt.withSecond(0).withNano(0)) || at.isAfter(now.plusMinutes(5))) {
                throw InvalidInputException.of("deliveredAt", "error.delivery.deliveredAt");
            }
        }
        orders.move(slipNo, OrderStatus.DELIVERED, by);
        em.createNativeQuery("update shipment set delivered_at = ?1, delivered_by = ?2 where order_id = ?3"
                        + " and delivered_at is null")
                .setParameter(1, Timestamp.valueOf(at))
                .setParameter(2, by)
                .setParameter(3, orderId)
                .executeUpdate();
    }
}
