package com.market25.bonus;

/**
 * 할인보너스 to the buyer, 후원보너스 to the upper member, 사용 when spent at checkout (BON-04);
 * the *_BACK kinds undo part of one of those: bonus spent and given back by a cancel or return
 * (USED_BACK), bonus earned on items later refunded (DISCOUNT_BACK, SPONSOR_BACK).
 */
public enum BonusKind {
    DISCOUNT, SPONSOR, USED, USED_BACK, DISCOUNT_BACK, SPONSOR_BACK;

    /** Kinds that settle at closing (credits and their reversals); uses never wait for closing. */
    public boolean settles() {
        return this != USED && this != USED_BACK;
    }

    /** +1 when the entry adds to the member's balance, -1 when it takes from it. */
    public int sign() {
        return switch (this) {
            case DISCOUNT, SPONSOR, USED_BACK -> 1;
            case USED, DISCOUNT_BACK, SPONSOR_BACK -> -1;
        };
    }
}
