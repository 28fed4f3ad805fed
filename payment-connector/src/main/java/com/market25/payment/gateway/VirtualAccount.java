package com.market25.payment.gateway;

import java.time.LocalDateTime;

/** The account a customer transfers to, as the bank issued it for one order reference. */
public record VirtualAccount(String orderReference, String bankName, String accountNumber, LocalDateTime deadline,
        String gatewayName) {
}
