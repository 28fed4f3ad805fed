package com.market25.payment.gateway;

/** The provider page an e-wallet (간편결제) payment sends the customer to. */
public record EwalletStart(String orderReference, String redirectUrl, String gatewayName) {
}
