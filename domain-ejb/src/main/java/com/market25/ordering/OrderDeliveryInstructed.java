package com.market25.ordering;

import java.util.List;

/**
 * Fired inside the transaction that moves an order to 배송지시 (입금완료 → 배송지시): its goods leave
 * the web-shop warehouse, so the stock it held reserved goes out (INV-01).
 */
public record OrderDeliveryInstructed(long orderId, String slipNo, String by, List<Item> items) {

    public OrderDeliveryInstructed {
        items = List.copyOf(items);
    }

    /** One order line that ships. */
    public record Item(long productId, int quantity) {
    }
}
