package com.market25.payment;

import com.market25.ordering.OrderStatus;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A line of 결제별 주문관리 (결제별 주문현황): one payment with its slip and member. Only the masked
 * card number exists; the card's expiry (the seed's 유효기간) is never stored.
 */
public record PaymentRow(long paymentId, String payerName, PaymentMethod method, CardCompany cardCompany,
        String maskedCardNo, Integer installmentMonths, String approvalNo, BigDecimal amount,
        PaymentStatus status, LocalDateTime completedAt, LocalDateTime cancelledAt,
        String slipNo, OrderStatus orderStatus, LocalDateTime orderedAt, String branchCode,
        String memberNo, String memberName) implements Serializable {
}
