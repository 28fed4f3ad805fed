package com.market25.shop.web;

import com.market25.common.CountingWindow;
import java.time.Duration;
import java.time.Instant;

/**
 * Sessions one client address may open per minute. Each session holds a cart and a token in
 * the server's memory until it times out, so a client that opens them without end (a bot posting
 * to the cart from a fresh cookie jar each time) would fill the heap. Behind a reverse proxy every
 * visitor shares the proxy's address, so the limit is a setting
 * ({@code MARKET25_SESSIONS_PER_ADDRESS}, per minute; 0 switches it off).
 */
final class SessionQuota {

    static final int DEFAULT_PER_MINUTE = 200;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int perMinute;
    private final CountingWindow opened;

    SessionQuota(int perMinute) {
        this.perMinute = perMinute;
        this.opened = new CountingWindow(Math.max(1, perMinute) + 1, WINDOW, 100_000);
    }

    /** Counts a session the address is about to open; false once it has opened its quota this minute. */
    boolean mayOpen(String address) {
        if (perMinute <= 0 || address == null) {
            return true;
        }
        Instant now = Instant.now();
        return !opened.isRefused(address, now) && !opened.record(address, now);
    }

    static int setting() {
        return (int) com.market25.common.Settings.number("MARKET25_SESSIONS_PER_ADDRESS", DEFAULT_PER_MINUTE);
    }
}
