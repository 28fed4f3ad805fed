package com.market25.payment.gateway;

/**
 * Result of a card approval. When {@code approved} is false, {@code declineCode} holds one of
 * {@link DeclineCodes} and approval number / token are null.
 */
public record CardApproval(boolean approved, String approvalNumber, String gatewayToken,
        String maskedCardNumber, String declineCode, String gatewayName) {
}
