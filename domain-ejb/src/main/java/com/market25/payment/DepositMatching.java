package com.market25.payment;

import com.market25.ordering.OrderStatus;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The rule that decides a deposit (PAY-03): only the exact amount, to an account still waiting,
 * deposited before its deadline, for an order still 주문접수, pays the order by itself. Anything
 * else goes to the review list with the reason, so no money is taken or lost silently.
 */
public final class DepositMatching {

    /** The payment a deposit's account number leads to, and its order, as locked by the batch. */
    public record Account(long paymentId, long orderId, BigDecimal amount, PaymentStatus status,
            LocalDateTime deadline, OrderStatus orderStatus) {
    }

    private DepositMatching() {
    }

    /**
     * @param account null when no virtual account has the number
     * @return empty when the deposit pays the order, else why it needs review
     */
    public static Optional<DepositReviewReason> judge(BigDecimal deposited, LocalDateTime depositedAt,
            Account account) {
        if (account == null) {
            return Optional.of(DepositReviewReason.UNKNOWN_ACCOUNT);
        }
        if (account.status() == PaymentStatus.APPROVED || account.orderStatus() != OrderStatus.RECEIVED
                && account.orderStatus() != OrderStatus.CANCELLED) {
            return Optional.of(DepositReviewReason.ALREADY_PAID);
        }
        if (account.status() != PaymentStatus.WAITING_FOR_DEPOSIT || account.orderStatus() == OrderStatus.CANCELLED
                || account.deadline() != null && depositedAt.isAfter(account.deadline())) {
            return Optional.of(DepositReviewReason.AFTER_EXPIRY);
        }
        int comparison = deposited.compareTo(account.amount());
        if (comparison < 0) {
            return Optional.of(DepositReviewReason.SHORT);
        }
        if (comparison > 0) {
            return Optional.of(DepositReviewReason.EXCESS);
        }
        return Optional.empty();
    }
}
