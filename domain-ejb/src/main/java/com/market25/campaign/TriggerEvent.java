package com.market25.campaign;

/** What a trigger rule waits for (MKT-09). */
public enum TriggerEvent {
    /** The customer's first purchase; fires on the payment and in the nightly run, once ever. */
    FIRST_PURCHASE(false),
    /** No purchase for {@code days} days since the last one; once per lapse. */
    LAPSED(true),
    /** The birthday is in {@code days} days; once a year. */
    BIRTHDAY(true),
    /** The RFM grade changed in the nightly run; once a day. */
    GRADE_CHANGE(false);

    private final boolean needsDays;

    TriggerEvent(boolean needsDays) {
        this.needsDays = needsDays;
    }

    public boolean needsDays() {
        return needsDays;
    }
}
