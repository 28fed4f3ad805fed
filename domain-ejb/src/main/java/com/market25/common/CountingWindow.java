package com.market25.common;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events per key (sign-in failures of a client address, sessions it opened …): a key that reaches the limit
 * within the window is refused for one window from that failure on, then counting starts again.
 * Bounded in memory, so a flood of made-up keys cannot fill the heap.
 */
public final class CountingWindow {

    private record Count(Instant windowStart, int failures, Instant refusedUntil) {

        boolean expired(Instant now, Duration window) {
            Instant end = refusedUntil != null ? refusedUntil : windowStart.plus(window);
            return !now.isBefore(end);
        }
    }

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public CountingWindow(int limit, Duration window, int maxKeys) {
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
    }

    public boolean isRefused(String key, Instant now) {
        Count c = counts.get(key);
        return c != null && c.refusedUntil() != null && now.isBefore(c.refusedUntil());
    }

    /** Counts an event; true when this event is the one that makes the key refused. */
    public boolean record(String key, Instant now) {
        if (counts.size() >= maxKeys) {
            forgetExpired(now);
            if (counts.size() >= maxKeys) {
                // under a flood of distinct keys the oldest knowledge goes first, never the heap
                counts.clear();
            }
        }
        boolean[] refusedNow = {false};
        counts.compute(key, (k, c) -> {
            if (c == null || c.expired(now, window)) {
                c = new Count(now, 0, null);
            }
            if (c.refusedUntil() != null) {
                return c;
            }
            int failures = c.failures() + 1;
            refusedNow[0] = failures >= limit;
            return new Count(c.windowStart(), failures, refusedNow[0] ? now.plus(window) : null);
        });
        return refusedNow[0];
    }

    public void forget(String key) {
        counts.remove(key);
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Map.Entry<String, Count>> it = counts.entrySet().iterator(); it.hasNext();) {
            if (it.next().getValue().expired(now, window)) {
                it.remove();
            }
        }
    }

    public int size() {
        return counts.size();
    }
}
