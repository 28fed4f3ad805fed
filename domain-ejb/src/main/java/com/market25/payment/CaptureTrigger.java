package com.market25.payment;

/** What started a capture batch: the night timer, the catch-up after a start, or staff ('run now'). */
public enum CaptureTrigger {
    NIGHTLY, CATCH_UP, MANUAL;

    public String labelKey() {
        return "captureTrigger." + name();
    }
}
