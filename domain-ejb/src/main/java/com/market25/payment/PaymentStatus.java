package com.market25.payment;

/**
 * REQUESTED while the gateway is asked; AUTHORIZED when it approved and the completion is on
 * the queue; APPROVED once the order is paid; DECLINED with the gateway's reason.
 */
public enum PaymentStatus {
    REQUESTED, AUTHORIZED, APPROVED, DECLINED
}
