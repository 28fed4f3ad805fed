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

    /** The most notifications one post may carry. */
    public static final int MAX_PER_POST = 500;

    /**
     * Reads a verified body of one notification, or of several (the bank's bulk post: canonical
     * messages separated by an empty line, signed as a whole).
     *
     * @throws IllegalArgumentException for any malformed notification, or more than {@value #MAX_PER_POST}
     */
    public static java.util.List<BankNotification> parseAll(byte[] body) {
        String text = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        String[] parts = text.split("\n\n", -1);
        if (parts.length > MAX_PER_POST) {
            throw new IllegalArgumentException("more than " + MAX_PER_POST + " notifications in one post");
        }
        java.util.List<BankNotification> all = new java.util.ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            // values are percent-encoded, so an empty line only ever separates two messages
            String part = i < parts.length - 1 ? parts[i] + "\n" : parts[i];
            all.add(parse(part.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return all;
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
