package com.market25.payment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * 카드 할부 (card installments): in Korea a card payment may be split into installments only from
 * 50,000 won (여신전문금융업법 시행령; card companies refuse below it); below, only 일시불. From
 * 50,000 won the months are those the card company's plan of the day allows (2–12), some of them
 * interest-free. {@code plan} maps months to interest-free; an empty plan allows 일시불 only.
 */
public final class InstallmentRule {

    /** The smallest amount that may be paid in installments, in won. */
    public static final BigDecimal MINIMUM_AMOUNT = new BigDecimal("50000");
    public static final int MIN_MONTHS = 2;
    public static final int MAX_MONTHS = 12;

    private InstallmentRule() {
    }

    /** What the checkout offers: 일시불 first, then the plan's months when the amount allows them. */
    public static List<InstallmentOption> offer(BigDecimal amount, SortedMap<Integer, Boolean> plan) {
        List<InstallmentOption> options = new ArrayList<>();
        options.add(new InstallmentOption(0, false));
        if (amount != null && amount.compareTo(MINIMUM_AMOUNT) >= 0) {
            plan.forEach((months, free) -> {
                if (months >= MIN_MONTHS && months <= MAX_MONTHS) {
                    options.add(new InstallmentOption(months, Boolean.TRUE.equals(free)));
                }
            });
        }
        return options;
    }

    /**
     * Why {@code months} cannot be chosen for this amount and plan (a message key of the field
     * {@code installmentMonths}), or empty when it can.
     */
    public static Optional<String> refusal(BigDecimal amount, int months, Map<Integer, Boolean> plan) {
        if (months == 0) {
            return Optional.empty();
        }
        if (months < MIN_MONTHS || months > MAX_MONTHS) {
            return Optional.of("error.installments");
        }
        if (amount == null || amount.compareTo(MINIMUM_AMOUNT) < 0) {
            return Optional.of("error.installments.minimumAmount");
        }
        if (!plan.containsKey(months)) {
            return Optional.of("error.installments.notOffered");
        }
        return Optional.empty();
    }

    /** Whether these months are interest-free in the plan (일시불 never is: there is no interest). */
    public static boolean interestFree(int months, Map<Integer, Boolean> plan) {
        return months != 0 && Boolean.TRUE.equals(plan.get(months));
    }
}
