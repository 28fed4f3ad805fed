package com.market25.notification;

import com.market25.ordering.OrderCancelled;
import com.market25.ordering.OrderMoved;
import com.market25.ordering.OrderPaid;
import com.market25.ordering.OrderReceived;
import com.market25.ordering.OrderStatus;
import com.market25.ordering.UnpaidOrdersCancelled;
import com.market25.payment.RefundCompleted;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Records the order mails to send (ORD-04) in the transaction of the change they tell about, so a
 * mail exists exactly for a change that committed; {@link NotificationWatch} sends it once that
 * transaction has committed. The unique key (order, kind, reference) keeps a redelivered payment
 * message or a repeated call from queueing a second mail.
 */
@Stateless
@PermitAll
public class OrderNotifications {

    /** Longest reference (a tracking number) and detail kept. */
    static final int REF_MAX = 60;
    static final int DETAIL_MAX = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<NotificationQueued> queued;

    public void received(@Observes OrderReceived event) {
        record(event.orderId(), NotificationKind.ORDER_RECEIVED, "", null);
    }

    public void paid(@Observes OrderPaid event) {
        record(event.orderId(), NotificationKind.PAYMENT_COMPLETED, "", null);
    }

    public void moved(@Observes OrderMoved event) {
        if (event.to() == OrderStatus.DELIVERY_INSTRUCTED) {
            record(event.orderId(), NotificationKind.DELIVERY_INSTRUCTED, "", null);
        } else if (event.to() == OrderStatus.DELIVERED) {
            record(event.orderId(), NotificationKind.DELIVERED, "", null);
        }
    }

    /** Unpaid orders cancelled by the customer, staff or the payment deadline: one mail each. */
    public void unpaidCancelled(@Observes UnpaidOrdersCancelled event) {
        event.orderIds().forEach(id -> record(id, NotificationKind.ORDER_CANCELLED, "", null));
    }

    /** A paid order whose last item was cancelled (its money goes back: a refund mail follows). */
    public void paidCancelled(@Observes OrderCancelled event) {
        record(event.orderId(), NotificationKind.ORDER_CANCELLED, "", null);
    }

    /** Money back to the card, the e-wallet or the bank account: one mail per refund, with the amount. */
    public void refunded(@Observes RefundCompleted event) {
        if (event.amount() == null || event.amount().signum() <= 0) {
            return;
        }
        String won = java.text.NumberFormat.getIntegerInstance(java.util.Locale.KOREA).format(event.amount()) + "원";
        record(event.orderId(), NotificationKind.REFUNDED, "R" + event.refundId(), "환불 금액 " + won);
    }

    /**
     * For the delivery (DLV-01) code: a parcel of the order left with a carrier. Call it inside the
     * transaction that records the shipment; the customer gets one 발송 mail per tracking number
     * after it commits (a second call with the same number adds nothing).
     */
    public void shipmentDispatched(long orderId, String carrier, String trackingNo) {
        String ref = trackingNo == null ? "" : trackingNo.trim();
        String detail = ((carrier == null ? "" : carrier.trim()) + " " + ref).trim();
        record(orderId, NotificationKind.SHIPPED, cut(ref, REF_MAX), cut(detail, DETAIL_MAX));
    }

    private void record(long orderId, NotificationKind kind, String ref, String detail) {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        int added = em.createNativeQuery("insert ignore into order_notification (order_id, kind, ref, detail, status,"
                        + " attempts, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, 'QUEUED', 0, ?5, ?5)")
                .setParameter(1, orderId)
                .setParameter(2, kind.name())
                .setParameter(3, ref)
                .setParameter(4, detail)
                .setParameter(5, now)
                .executeUpdate();
        if (added > 0) {
            queued.fire(new NotificationQueued(orderId));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
