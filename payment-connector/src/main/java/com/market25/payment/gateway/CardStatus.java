package com.market25.payment.gateway;

import java.math.BigDecimal;

/**
 * What the gateway knows of one order reference (status inquiry). Approval fields are set for
 * {@link State#APPROVED} and {@link State#CANCELLED} (when an approval was cancelled), the decline
 * code for {@link State#DECLINED}.
 */
public record CardStatus(String orderReference, State state, BigDecimal amount, String approvalNumber,
        String gatewayToken, String maskedCardNumber, String declineCode, String gatewayName,
        BigDecimal cancelledAmount) {

    /** A status without partial cancels (what gateways without 부분취소 report). */
    public CardStatus(String orderReference, State state, BigDecimal amount, String approvalNumber,
            String gatewayToken, String maskedCardNumber, String declineCode, String gatewayName) {
        this(orderReference, state, amount, approvalNumber, gatewayToken, maskedCardNumber, declineCode, gatewayName,
                BigDecimal.ZERO);
    }

    /** What stays approved: the approved amount less every partial cancel (zero once cancelled). */
    public BigDecimal remainingAmount() {
        if (amount == null || state != State.APPROVED) {
            return BigDecimal.ZERO;
        }
        return amount.subtract(cancelledAmount == null ? BigDecimal.ZERO : cancelledAmount);
    }

    public enum State {
        /** Approved and not cancelled. */
        APPROVED,
        /** Cancelled, or closed by a cancel before any approval. */
        CANCELLED,
        /** The last request for the reference was declined. */
        DECLINED,
        /** The gateway never saw the reference. */
        NOT_FOUND
    }

    public boolean approved() {
        return state == State.APPROVED;
    }
}
