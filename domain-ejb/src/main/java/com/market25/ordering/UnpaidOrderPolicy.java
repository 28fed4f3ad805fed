package com.market25.ordering;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * How long a 주문접수 order may wait for its payment before it is cancelled and its stock goes
 * back (INV-01). Web orders are paid by card, so one deadline applies: 30 minutes unless the
 * installation says otherwise with the system property {@value #PROPERTY} or the environment
 * variable {@value #ENVIRONMENT} (whole minutes, 1 to 10080). An order with a payment underway
 * never expires: the payment decides first.
 */
public record UnpaidOrderPolicy(Duration cardDeadline) {

    public static final String PROPERTY = "market25.order.expiry.card.minutes";
    public static final String ENVIRONMENT = "MARKET25_ORDER_EXPIRY_CARD_MINUTES";
    public static final Duration DEFAULT_CARD_DEADLINE = Duration.ofMinutes(30);
    private static final long MAX_MINUTES = 7 * 24 * 60;

    private static final Logger LOG = Logger.getLogger(UnpaidOrderPolicy.class.getName());

    /** The deadline this installation configured, read now (so a changed property takes effect). */
    public static UnpaidOrderPolicy current() {
        return from(System::getProperty, System::getenv);
    }

    /** The system property wins over the environment; anything unreadable gives the default. */
    static UnpaidOrderPolicy from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply(PROPERTY);
        String source = PROPERTY;
        if (value == null || value.isBlank()) {
            value = environment.apply(ENVIRONMENT);
            source = ENVIRONMENT;
        }
        if (value == null || value.isBlank()) {
            return new UnpaidOrderPolicy(DEFAULT_CARD_DEADLINE);
        }
        try {
            long minutes = Long.parseLong(value.trim());
            if (minutes >= 1 && minutes <= MAX_MINUTES) {
                return new UnpaidOrderPolicy(Duration.ofMinutes(minutes));
            }
        } catch (NumberFormatException e) {
            // falls through to the default
        }
        String shown = source + "=" + value;
        LOG.warning(() -> "ignoring " + shown + ": not a number of minutes from 1 to " + MAX_MINUTES
                + "; unpaid orders expire after " + DEFAULT_CARD_DEADLINE.toMinutes() + " minutes");
        return new UnpaidOrderPolicy(DEFAULT_CARD_DEADLINE);
    }

    /** Bank transfers (무통장입금): how long a virtual account waits for the deposit. */
    public static final String BANK_TRANSFER_PROPERTY = "market25.order.expiry.banktransfer.minutes";
    public static final String BANK_TRANSFER_ENVIRONMENT = "MARKET25_ORDER_EXPIRY_BANK_TRANSFER_MINUTES";
    /** Three days: a customer pays a virtual account from their own bank, often the next day. */
    public static final Duration DEFAULT_BANK_TRANSFER_DEADLINE = Duration.ofDays(3);

    /**
     * How long a virtual account waits for its deposit (default three days, longer than a card
     * payment's minutes; {@value #BANK_TRANSFER_PROPERTY} or {@value #BANK_TRANSFER_ENVIRONMENT} in
     * whole minutes, 1 to 10080). Past it the order is cancelled like any unpaid order and a late
     * deposit goes to the review list.
     */
    public static Duration bankTransferDeadline() {
        return bankTransferDeadline(System::getProperty, System::getenv);
    }

    static Duration bankTransferDeadline(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply(BANK_TRANSFER_PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.apply(BANK_TRANSFER_ENVIRONMENT);
        }
        if (value == null || value.isBlank()) {
            return DEFAULT_BANK_TRANSFER_DEADLINE;
        }
        try {
            long minutes = Long.parseLong(value.trim());
            if (minutes >= 1 && minutes <= MAX_MINUTES) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // falls through to the default
        }
        String shown = value;
        LOG.warning(() -> "ignoring bank transfer deadline " + shown + ": not a number of minutes from 1 to "
                + MAX_MINUTES + "; virtual accounts wait " + DEFAULT_BANK_TRANSFER_DEADLINE.toDays() + " days");
        return DEFAULT_BANK_TRANSFER_DEADLINE;
    }

    /** Until when a virtual account issued at {@code issuedAt} takes the deposit (whole seconds). */
    public static LocalDateTime depositDeadline(LocalDateTime issuedAt) {
        return issuedAt.plus(bankTransferDeadline()).withNano(0);
    }

    /** Until when an order taken at {@code orderedAt} can be paid. */
    public LocalDateTime payBy(LocalDateTime orderedAt) {
        return orderedAt.plus(cardDeadline);
    }

    /** Orders taken before this moment are overdue at {@code now}. */
    public LocalDateTime cutoff(LocalDateTime now) {
        return now.minus(cardDeadline);
    }

    /** The rule the expiry job applies (in SQL, set-based, with the same cutoff). */
    public boolean isOverdue(OrderStatus status, boolean paymentUnderway, LocalDateTime orderedAt,
            LocalDateTime now) {
        return status == OrderStatus.RECEIVED && !paymentUnderway && orderedAt.isBefore(cutoff(now));
    }

    /**
     * The same rule for an order whose payment method set its own deadline ({@code payBy}, a
     * virtual account's): that deadline replaces the card one.
     */
    public boolean isOverdue(OrderStatus status, boolean paymentUnderway, LocalDateTime orderedAt,
            LocalDateTime payBy, LocalDateTime now) {
        if (payBy == null) {
            return isOverdue(status, paymentUnderway, orderedAt, now);
        }
        return status == OrderStatus.RECEIVED && !paymentUnderway && payBy.isBefore(now);
    }
}
