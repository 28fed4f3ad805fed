package com.market25.aftersales;

import java.time.LocalDate;

/**
 * 청약철회 (전자상거래법 §17): a consumer may withdraw from a purchase within 7 days of receiving
 * the goods. The shop counts Korean calendar days from the day of 배송완료: delivered on the 1st,
 * a return or exchange may be asked for up to and including the 8th.
 */
public final class WithdrawalPeriod {

    public static final int DAYS = 7;

    private WithdrawalPeriod() {
    }

    /** The last day a request is taken, or null when the goods are not delivered yet. */
    public static LocalDate lastDay(LocalDate deliveredOn) {
        return deliveredOn == null ? null : deliveredOn.plusDays(DAYS);
    }

    /** Whether a return or exchange may be asked for on {@code today}. */
    public static boolean isOpen(LocalDate deliveredOn, LocalDate today) {
        return deliveredOn != null && !today.isBefore(deliveredOn) && !today.isAfter(lastDay(deliveredOn));
    }
}
