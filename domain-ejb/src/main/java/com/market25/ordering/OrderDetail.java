package com.market25.ordering;

import com.market25.member.MemberType;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** The order as the seed's order-detail screen shows it (SHOP-07), minus payments. */
public record OrderDetail(
        long orderId, String slipNo, LocalDateTime orderedAt, BigDecimal totalAmount,
        OrderStatus status, Channel channel, String staffLogin, String branchCode,
        long memberId, String memberNo, String memberName, MemberType memberType,
        String upperMemberNo, String upperMemberName, MemberType upperMemberType,
        List<Line> lines, Recipient recipient, List<Change> changes) implements Serializable {

    public boolean payable() {
        return status == OrderStatus.RECEIVED;
    }

    public record Line(int lineNo, String productCode, String productName, int quantity,
            BigDecimal unitPrice, BigDecimal lineAmount, OrderStatus status) implements Serializable {
    }

    public record Change(OrderStatus from, OrderStatus to, String by, LocalDateTime at) implements Serializable {
    }
}
