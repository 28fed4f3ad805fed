package com.market25.payment.gateway.wire;

/**
 * Deposit notifications (입금 통보) the bank sends for virtual accounts (PAY-03): {@code POST} to
 * the shop, body = {@link CanonicalMessage} bytes, header {@link MessageSignatures#HEADER} = base64
 * Ed25519 signature of the body by the bank's key. One notification per deposit; the bank sends
 * it again until the shop answers 200, so the shop must take the same {@link #NOTIFICATION_ID}
 * twice without paying twice.
 */
public final class BankProtocol {

    public static final String NOTIFICATION_ID = "notificationId";
    public static final String ACCOUNT_NUMBER = "accountNumber";
    public static final String AMOUNT = "amount";
    public static final String DEPOSITOR_NAME = "depositorName";
    /** ISO local date-time (Asia/Seoul) of the deposit at the bank. */
    public static final String DEPOSITED_AT = "depositedAt";
    public static final String BANK_NAME = "bankName";

    private BankProtocol() {
    }
}
