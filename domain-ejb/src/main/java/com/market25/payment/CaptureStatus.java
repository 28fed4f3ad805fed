package com.market25.payment;

/** A payment's capture (매입): claimed by a batch, captured with a number, or failed with a reason (tried again). */
public enum CaptureStatus {
    PENDING, CAPTURED, FAILED;

    public String labelKey() {
        return "captureStatus." + name();
    }
}
