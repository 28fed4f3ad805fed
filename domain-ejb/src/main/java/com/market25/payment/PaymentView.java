package com.market25.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** 결제 정보 as screens show it: masked number, installments, outcome. */
public record PaymentView(long id, PaymentMethod method, String payerName, CardCompany cardCompany,
        String maskedCardNo, Integer installmentMonths, BigDecimal amount, PaymentStatus status,
        String declineCode, String approvalNo, LocalDateTime requestedAt, LocalDateTime completedAt)
        implements Serializable {
}
