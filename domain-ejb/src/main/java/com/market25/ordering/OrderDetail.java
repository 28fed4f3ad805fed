package com.market25.ordering;

import com.market25.member.MemberType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The order as the seed's order-detail screen shows it (SHOP-07), minus payments. {@code payBy}
 * is the payment deadline of a 주문접수 order (null otherwise): after it the order is cancelled
 * and its stock goes back.
 */
public record OrderDetail(
        long orderId, String slipNo, LocalDateTime orderedAt, BigDecimal totalAmount,
        OrderStatus status, Channel channel, String staffLogin, String branchCode,
        long memberId, String memberNo, String memberName, MemberType memberType,
        String upperMemberNo, String upperMemberName, MemberType upperMemberType,
        List<Line> lines, Recipient recipient, List<Change> changes,
        boolean paymentUnderway, LocalDateTime payBy, LocalDateTime cancelledAt) implements Serializable {

    /** 주문접수 with no payment underway: it can be paid, or cancelled by the customer or staff. */
    public boolean payable() {
        return status == OrderStatus.RECEIVED && !paymentUnderway;
    }

    /** Same rule as {@link #payable()}: an unpaid order with nothing underway can be cancelled. */
    public boolean cancellable() {
        return payable();
    }

    public record Line(int lineNo, String productCode, String productName, int quantity,
            BigDecimal unitPrice, BigDecimal lineAmount, OrderStatus status) implements Serializable {
    }

    public record Change(OrderStatus from, OrderStatus to, String by, LocalDateTime at) implements Serializable {
    }
}
