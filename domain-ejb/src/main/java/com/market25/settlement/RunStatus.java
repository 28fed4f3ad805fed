package com.market25.settlement;

/** The outcome of a settlement run as kept in its audit row. */
public enum RunStatus {
    DONE,
    /** Written by earlier versions when the nightly run found the day already closed. */
    SKIPPED
}
