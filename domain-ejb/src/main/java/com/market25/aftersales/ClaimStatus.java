package com.market25.aftersales;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's way: 요청 → 승인 (or 거절) → 입고 → 환불 중 / 환불 지급 대기 → 환불 완료 for a return,
 * → 교환 발송 for an exchange. A cancel is refunded at once (REFUNDING → REFUNDED), waits for staff
 * to transfer a 무통장입금 order's money to the account given (PAYOUT_PENDING → REFUNDED), or is DONE
 * when nothing had been paid.
 */
public enum ClaimStatus {
    REQUESTED, ACCEPTED, REJECTED, RECEIVED, REFUNDING, PAYOUT_PENDING, REFUNDED, RESHIPPED, DONE;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(ACCEPTED, REJECTED, REFUNDING, PAYOUT_PENDING, REFUNDED, DONE);
            case ACCEPTED -> EnumSet.of(RECEIVED);
            case RECEIVED -> EnumSet.of(REFUNDING, PAYOUT_PENDING, REFUNDED, RESHIPPED);
            case REFUNDING, PAYOUT_PENDING -> EnumSet.of(REFUNDED);
            case REJECTED, REFUNDED, RESHIPPED, DONE -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    public boolean canMoveTo(ClaimStatus target) {
        return next().contains(target);
    }

    /** Still being worked on (staff's to-do list). */
    public boolean isOpen() {
        return !next().isEmpty();
    }

    public String labelKey() {
        return "claimStatus." + name();
    }
}
