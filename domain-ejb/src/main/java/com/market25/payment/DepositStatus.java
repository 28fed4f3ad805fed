package com.market25.payment;

/**
 * Where a bank deposit notification stands: RECEIVED (verified, stored, queued for the batch),
 * APPLIED (it paid its order), REVIEW (입금 확인 필요: staff decide, see {@link DepositReviewReason}),
 * DEAD (every delivery failed: the dead-letter screen, replay or resolve), RESOLVED (staff decided).
 */
public enum DepositStatus {
    RECEIVED, APPLIED, REVIEW, DEAD, RESOLVED;

    public String labelKey() {
        return "depositStatus." + name();
    }
}
