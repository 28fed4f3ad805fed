package com.market25.payment;

import com.market25.payment.gateway.wire.BankProtocol;
import com.market25.payment.gateway.wire.CanonicalMessage;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/** One deposit notification (입금 통보) as the bank signed it, its fields checked against their columns. */
public record BankNotification(String notificationId, String accountNumber, BigDecimal amount,
        String depositorName, LocalDateTime depositedAt, String bankName) {

    /**
     * Reads a verified body.
     *
     * @throws IllegalArgumentException naming the first field that is missing, malformed or too long
     */
    public static BankNotification parse(byte[] body) {
        CanonicalMessage m = CanonicalMessage.parse(body);
        String id = text(m, BankProtocol.NOTIFICATION_ID, 40, true);
        String account = text(m, BankProtocol.ACCOUNT_NUMBER, 30, true);
        String depositor = text(m, BankProtocol.DEPOSITOR_NAME, 60, true);
        String bank = text(m, BankProtocol.BANK_NAME, 40, false);
        BigDecimal amount;
        try {
            amount = new BigDecimal(text(m, BankProtocol.AMOUNT, 15, true));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount is not a number");
        }
        if (amount.signum() <= 0 || amount.scale() > 0 || amount.precision() > 14) {
            throw new IllegalArgumentException("amount is not a positive whole number of won");
        }
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(text(m, BankProtocol.DEPOSITED_AT, 30, true));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("depositedAt is not an ISO local date-time");
        }
        return new BankNotification(id, account, amount, depositor, at, bank);
    }

    private static String text(CanonicalMessage m, String field, int max, boolean required) {
        String v = m.get(field);
        if (v == null || v.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("missing " + field);
            }
            return null;
        }
        v = v.trim();
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " longer than " + max);
        }
        return v;
    }
}
