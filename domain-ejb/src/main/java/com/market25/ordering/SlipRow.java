package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A line of the slip list (전표 리스트) and of "my orders". */
public record SlipRow(long orderId, String slipNo, OrderStatus status, LocalDateTime orderedAt,
        LocalDateTime paidAt, LocalDateTime completedAt, String staffLogin, String branchCode,
        Channel channel, BigDecimal totalAmount, String memberNo, String memberName) implements Serializable {
}
