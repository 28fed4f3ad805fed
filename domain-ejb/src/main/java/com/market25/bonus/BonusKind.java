package com.market25.bonus;

/** 할인보너스 to the buyer, 후원보너스 to the upper member, 사용 when spent. */
public enum BonusKind {
    DISCOUNT, SPONSOR, USED
}
