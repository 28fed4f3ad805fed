package com.market25.notification;

/** A notification row was written in the current transaction; sent once that commits. */
public record NotificationQueued(long orderId) {
}
