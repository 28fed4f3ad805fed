package com.market25.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnpaidOrderPolicyBankTransferPay01Test {

    private static final LocalDateTime ORDERED = LocalDateTime.of(2026, 12, 4, 10, 0);
    private final UnpaidOrderPolicy policy = new UnpaidOrderPolicy(Duration.ofMinutes(30));

    @Test
    @DisplayName("PAY-01 무통장입금의 입금기한은 기본 3일로 카드 결제 기한보다 길다")
    void bankTransfersWaitThreeDaysByDefault() {
        assertEquals(Duration.ofDays(3), UnpaidOrderPolicy.bankTransferDeadline(k -> null, k -> null));
        assertEquals(Duration.ofMinutes(90), UnpaidOrderPolicy.bankTransferDeadline(
                Map.of(UnpaidOrderPolicy.BANK_TRANSFER_PROPERTY, "90")::get, k -> null));
        assertEquals(Duration.ofDays(3), UnpaidOrderPolicy.bankTransferDeadline(
                Map.of(UnpaidOrderPolicy.BANK_TRANSFER_PROPERTY, "0")::get, k -> null), "unusable: the default");
    }

    @Test
    @DisplayName("INV-01 가상계좌 주문은 카드 기한이 아니라 입금기한이 지나야 만료된다")
    void aVirtualAccountOrderExpiresAtItsOwnDeadline() {
        LocalDateTime payBy = ORDERED.plusDays(3);
        LocalDateTime anHourLater = ORDERED.plusHours(1);
        assertTrue(policy.isOverdue(OrderStatus.RECEIVED, false, ORDERED, null, anHourLater), "a card order is overdue");
        assertFalse(policy.isOverdue(OrderStatus.RECEIVED, false, ORDERED, payBy, anHourLater), "the account still waits");
        assertTrue(policy.isOverdue(OrderStatus.RECEIVED, false, ORDERED, payBy, payBy.plusSeconds(1)));
        assertFalse(policy.isOverdue(OrderStatus.PAID, false, ORDERED, payBy, payBy.plusDays(1)), "paid never expires");
    }
}
