package com.market25.phoneorder;

import com.market25.ordering.Channel;
import com.market25.payment.PaymentOutcome;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The slip a phone order made: channel PHONE, the receiving staff and their branch. {@code payment}
 * is null for 결제 대기; {@code repeated} says the same form had taken this order before.
 */
public record PhoneOrderResult(String slipNo, BigDecimal totalAmount, Channel channel, String staffLogin,
        String branchCode, LogisticsMethod logistics, PhonePayment paymentChoice, PaymentOutcome payment,
        boolean repeated) implements Serializable {
}
