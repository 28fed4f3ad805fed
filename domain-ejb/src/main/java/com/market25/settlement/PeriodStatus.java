package com.market25.settlement;

/** Where a period closing stands. */
public enum PeriodStatus {
    RUNNING, DONE, CANCELLED, FAILED
}
