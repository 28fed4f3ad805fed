package com.market25.payment.gateway;

import java.math.BigDecimal;

/**
 * A card approval request. Amount is in KRW. {@code expiryYyMm} is the card expiry as YYMM.
 * {@code installmentMonths} is 0 for a single payment (일시불) or 2..12.
 * {@link #toString()} never shows the full card number.
 */
public record CardApprovalRequest(String orderReference, BigDecimal amount, String cardCompany,
        String cardNumber, String expiryYyMm, int installmentMonths) {

    @Override
    public String toString() {
        return "CardApprovalRequest[orderReference=" + orderReference
                + ", amount=" + (amount == null ? null : amount.toPlainString())
                + ", cardCompany=" + cardCompany
                + ", cardNumber=" + CardNumbers.mask(cardNumber)
                + ", expiryYyMm=****, installmentMonths=" + installmentMonths + "]";
    }
}
