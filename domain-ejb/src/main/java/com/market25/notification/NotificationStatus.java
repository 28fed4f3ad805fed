package com.market25.notification;

/**
 * QUEUED (waiting or waiting to retry) → SENDING (claimed by one sender) → SENT; SKIPPED when the
 * customer was erased or has no usable address; FAILED after the last retry. A server killed while
 * a mail is SENDING leaves it there: it may have gone out, so it is never sent again.
 */
public enum NotificationStatus {
    QUEUED, SENDING, SENT, SKIPPED, FAILED
}
