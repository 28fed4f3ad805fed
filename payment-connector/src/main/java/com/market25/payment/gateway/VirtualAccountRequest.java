package com.market25.payment.gateway;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A virtual account for one payment attempt (무통장입금): the amount the bank expects and until when. */
public record VirtualAccountRequest(String orderReference, BigDecimal amount, String depositorName,
        LocalDateTime deadline) {
}
