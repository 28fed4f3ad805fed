package com.market25.payment.gateway;

/**
 * The gateway's answer to a cancel. {@code approvalExisted} false means there was no approval for
 * the reference; the gateway then closes the reference so that a late approval cannot appear.
 * Either way nothing stays approved. Cancelling twice gives the same answer.
 */
public record CardCancellation(String orderReference, boolean approvalExisted, String approvalNumber,
        String gatewayName) {
}
