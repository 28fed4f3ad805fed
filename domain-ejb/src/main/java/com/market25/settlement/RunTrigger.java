package com.market25.settlement;

/** What started a settlement run (SET-04). */
public enum RunTrigger {
    /** The 02:00 timer (Korean time), for yesterday and any day missed before it. */
    NIGHTLY,
    /** Staff from the admin, for a day that has ended. */
    MANUAL,
    /** The catch-up after a server start, for days missed while no server ran. */
    CATCH_UP,
    /** A period closing staff started ({@link PeriodClosing}): one run per day of the period. */
    PERIOD
}
