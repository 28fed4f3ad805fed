package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;

/** A line of the slip list (전표 리스트) and of "my orders". */
public record SlipRow(long orderId, String slipNo, OrderStatus status, LocalDateTime orderedAt,
        LocalDateTime paidAt, LocalDateTime completedAt, String staffLogin, String branchCode,
        Channel channel, BigDecimal totalAmount, String memberNo, String memberName) implements Serializable {

    /** 기간내 주문 총액 (SET-03): what the listed slips sold; cancelled slips sold nothing. */
    public static BigDecimal periodTotal(Collection<SlipRow> rows) {
        return rows.stream()
                .filter(r -> r.status() != OrderStatus.CANCELLED)
                .map(SlipRow::totalAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
