package com.market25.ordering;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An order as after-sales needs it, read under the order's row lock: its stage, money (total,
 * bonus spent and given back, money refunded, what is still owed) and every item with its state.
 */
public record AfterSalesOrder(long orderId, String slipNo, long memberId, Long upperMemberId, OrderStatus status,
        boolean paymentUnderway, LocalDateTime deliveredAt, LocalDateTime completedAt, BigDecimal totalAmount,
        BigDecimal bonusUsed, BigDecimal bonusReturned, BigDecimal refundedAmount, List<Item> items) {

    public record Item(int lineNo, long productId, String productCode, String productName, int quantity,
            BigDecimal lineAmount, BigDecimal discountBonus, BigDecimal sponsorBonus, ItemState state) {
    }

    public List<Item> itemsNumbered(java.util.Collection<Integer> lineNos) {
        return items.stream().filter(i -> lineNos.contains(i.lineNo())).toList();
    }

    /** Items still sold (not cancelled, not returned). */
    public List<Item> itemsKept() {
        return items.stream().filter(i -> !i.state().isGone()).toList();
    }
}
