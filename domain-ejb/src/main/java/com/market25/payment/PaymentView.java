package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * 결제 정보 as screens show it: masked number, installments, outcome. Customers see
 * {@link #declineCategory()}, staff also the precise {@code declineCode} and the gateway
 * reference.
 */
public record PaymentView(long id, PaymentMethod method, String payerName, CardCompany cardCompany,
        String maskedCardNo, Integer installmentMonths, BigDecimal amount, PaymentStatus status,
        String declineCode, String approvalNo, LocalDateTime requestedAt, LocalDateTime completedAt,
        String reference, LocalDateTime cancelledAt, boolean interestFree) implements Serializable {

    public PaymentView(long id, PaymentMethod method, String payerName, CardCompany cardCompany,
            String maskedCardNo, Integer installmentMonths, BigDecimal amount, PaymentStatus status,
            String declineCode, String approvalNo, LocalDateTime requestedAt, LocalDateTime completedAt,
            String reference, LocalDateTime cancelledAt) {
        this(id, method, payerName, cardCompany, maskedCardNo, installmentMonths, amount, status, declineCode,
                approvalNo, requestedAt, completedAt, reference, cancelledAt, false);
    }

    public DeclineCategory declineCategory() {
        return DeclineCategory.of(declineCode);
    }
}
