package com.market25.payment;

/** 결제 유형: card (카드), bank transfer (무통장입금), e-wallet (전자지갑). */
public enum PaymentMethod {
    CARD, BANK_TRANSFER, E_WALLET
}
