package com.market25.aftersales;

import com.market25.ordering.AfterSalesOrder;
import com.market25.payment.RefundView;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the order page (customer) and the after-sales screen (staff) show of an order's
 * after-sales: items with their states and what may be done with each, the item history, the
 * claims with their refunds, bonus spent and given back, money refunded, and the last day of the
 * withdrawal period.
 */
public record OrderAfterSales(String slipNo, BigDecimal totalAmount, BigDecimal bonusUsed, BigDecimal bonusReturned,
        BigDecimal refundedAmount, BigDecimal amountDue, boolean cancellable, boolean returnable,
        LocalDate returnLastDay, List<Item> items, List<ItemMove> history, List<ClaimView> claims,
        List<RefundView> refunds) implements Serializable {

    public record Item(int lineNo, String productCode, String productName, int quantity, BigDecimal lineAmount,
            com.market25.ordering.ItemState state, boolean cancellable, boolean returnable) implements Serializable {
    }

    public record ItemMove(int lineNo, com.market25.ordering.ItemState from, com.market25.ordering.ItemState to,
            String by, LocalDateTime at, Long claimId) implements Serializable {
    }

    static Item item(AfterSalesOrder.Item i, boolean orderCancellable, boolean orderReturnable) {
        return new Item(i.lineNo(), i.productCode(), i.productName(), i.quantity(), i.lineAmount(), i.state(),
                orderCancellable && i.state().canMoveTo(com.market25.ordering.ItemState.CANCELLED),
                orderReturnable && i.state().canMoveTo(com.market25.ordering.ItemState.RETURN_REQUESTED));
    }
}
