package com.market25.rfm;

/** What a rebuild of the current R/F/M did: customers with a current score, and how long it took. */
public record CurrentRebuild(long customers, long durationMs) {
}
