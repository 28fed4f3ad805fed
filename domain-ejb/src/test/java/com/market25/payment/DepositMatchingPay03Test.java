package com.market25.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.market25.ordering.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DepositMatchingPay03Test {

    private static final BigDecimal TO_PAY = new BigDecimal("540000");
    private static final LocalDateTime DEADLINE = LocalDateTime.of(2026, 12, 7, 10, 0);
    private static final LocalDateTime BEFORE = DEADLINE.minusDays(1);

    private static DepositMatching.Account waiting() {
        return new DepositMatching.Account(1, 2, TO_PAY, PaymentStatus.WAITING_FOR_DEPOSIT, DEADLINE, OrderStatus.RECEIVED);
    }

    private static DepositMatching.Account with(PaymentStatus payment, OrderStatus order) {
        return new DepositMatching.Account(1, 2, TO_PAY, payment, DEADLINE, order);
    }

    @Test
    @DisplayName("PAY-03 결제할 금액과 정확히 같은 입금은 주문을 입금완료로 만든다")
    void anExactDepositPays() {
        assertTrue(DepositMatching.judge(new BigDecimal("540000"), BEFORE, waiting()).isEmpty());
    }

    @Test
    @DisplayName("PAY-03 부족입금은 확인 목록으로 간다")
    void aShortDepositGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.SHORT), DepositMatching.judge(new BigDecimal("539999"), BEFORE,
                waiting()));
    }

    @Test
    @DisplayName("PAY-03 초과입금은 확인 목록으로 간다")
    void anExcessDepositGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.EXCESS), DepositMatching.judge(new BigDecimal("540001"), BEFORE,
                waiting()));
    }

    @Test
    @DisplayName("PAY-03 우리 가상계좌가 아닌 계좌의 입금은 확인 목록으로 간다")
    void anUnknownAccountGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.UNKNOWN_ACCOUNT), DepositMatching.judge(TO_PAY, BEFORE, null));
    }

    @Test
    @DisplayName("PAY-03 입금기한이 지난 뒤의 입금은 금액이 맞아도 확인 목록으로 간다")
    void aDepositAfterTheDeadlineGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.AFTER_EXPIRY), DepositMatching.judge(TO_PAY,
                DEADLINE.plusSeconds(1), waiting()));
    }

    @Test
    @DisplayName("PAY-03 만료되어 취소된 주문의 계좌로 온 입금은 확인 목록으로 간다")
    void aDepositForAnExpiredOrderGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.AFTER_EXPIRY), DepositMatching.judge(TO_PAY, BEFORE,
                with(PaymentStatus.CANCELLED, OrderStatus.CANCELLED)));
        assertEquals(Optional.of(DepositReviewReason.AFTER_EXPIRY), DepositMatching.judge(TO_PAY, BEFORE,
                with(PaymentStatus.WAITING_FOR_DEPOSIT, OrderStatus.CANCELLED)));
    }

    @Test
    @DisplayName("PAY-03 이미 결제된 주문(앞선 입금이나 카드)으로 온 입금은 다시 결제하지 않고 확인 목록으로 간다")
    void aDepositForAPaidOrderGoesToReview() {
        assertEquals(Optional.of(DepositReviewReason.ALREADY_PAID), DepositMatching.judge(TO_PAY, BEFORE,
                with(PaymentStatus.APPROVED, OrderStatus.PAID)));
        assertEquals(Optional.of(DepositReviewReason.ALREADY_PAID), DepositMatching.judge(TO_PAY, BEFORE,
                with(PaymentStatus.WAITING_FOR_DEPOSIT, OrderStatus.PAID)));
    }
}
