package com.market25.bonus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of a member's bonus history. */
public record BonusLine(LocalDate earnedOn, BonusKind kind, BigDecimal amount, String slipNo, boolean settled,
        LocalDate settledOn) implements Serializable {
}
