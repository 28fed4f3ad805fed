package com.market25.notification;

/** The order mails a customer gets (ORD-04), at most one per order and kind (and shipment). */
public enum NotificationKind {
    /** 주문접수: the order was taken (storefront or phone). */
    ORDER_RECEIVED,
    /** 입금완료: the payment completed. */
    PAYMENT_COMPLETED,
    /** 배송지시: the order goes to the warehouse for shipping. */
    DELIVERY_INSTRUCTED,
    /** 발송: a parcel left with a carrier and a tracking number (one mail per tracking number). */
    SHIPPED,
    /** 배송완료. */
    DELIVERED,
    /** 주문취소: the order was cancelled (by the customer, staff, or its payment deadline). */
    ORDER_CANCELLED,
    /** 환불완료: money went back (one mail per refund). */
    REFUNDED
}
