package com.market25.payment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A bank transfer's virtual account as the customer and staff see it (무통장입금 안내). */
public record VirtualAccountView(long paymentId, String slipNo, String bankName, String accountNo, BigDecimal amount,
        LocalDateTime deadline, String depositorName, PaymentStatus status) implements java.io.Serializable {

    /** Still waiting for the deposit. */
    public boolean waiting() {
        return status == PaymentStatus.WAITING_FOR_DEPOSIT;
    }
}
