package com.market25.aftersales;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimStatusOrd01Test {

    @Test
    @DisplayName("ORD-01: a return is approved, received, then refunded; nothing skips the goods coming back")
    void returnWay() {
        assertTrue(ClaimStatus.REQUESTED.canMoveTo(ClaimStatus.ACCEPTED));
        assertTrue(ClaimStatus.ACCEPTED.canMoveTo(ClaimStatus.RECEIVED));
        assertTrue(ClaimStatus.RECEIVED.canMoveTo(ClaimStatus.REFUNDING));
        assertTrue(ClaimStatus.REFUNDING.canMoveTo(ClaimStatus.REFUNDED));
        assertFalse(ClaimStatus.ACCEPTED.canMoveTo(ClaimStatus.REFUNDING));
    }

    @Test
    @DisplayName("ORD-01: a rejected or refunded claim is closed")
    void closedClaims() {
        assertFalse(ClaimStatus.REJECTED.isOpen());
        assertFalse(ClaimStatus.REFUNDED.isOpen());
        assertFalse(ClaimStatus.RESHIPPED.isOpen());
        assertTrue(ClaimStatus.PAYOUT_PENDING.isOpen());
    }

    @Test
    @DisplayName("ORD-01: a cancel of a paid bank-transfer order waits for staff to pay the money out, then is refunded")
    void cancelPaidOutByStaff() {
        assertTrue(ClaimStatus.REQUESTED.canMoveTo(ClaimStatus.PAYOUT_PENDING));
        assertTrue(ClaimStatus.PAYOUT_PENDING.canMoveTo(ClaimStatus.REFUNDED));
    }
}
