package com.market25.ordering;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A line of the delivery target list (배송대상 목록, DLV-01): the slip, where the parcel goes and
 * what is in it ({@code firstItem} and the count of the other lines, as "딤채 외 2건").
 */
public record DeliveryTarget(long orderId, String slipNo, OrderStatus status, LocalDateTime paidAt,
        LocalDateTime instructedAt, String branchCode, String memberNo, String memberName,
        String recipientName, String recipientPhone, String postalCode, String address, String deliveryNote,
        String firstItem, int lines, int quantity, BigDecimal totalAmount) implements Serializable {

    /** Lines besides the first, for "외 n건". */
    public int otherLines() {
        return Math.max(0, lines - 1);
    }
}
