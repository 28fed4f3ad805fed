package com.market25.it;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls for what message-driven beans do some moments after the call that queued the work. */
final class Await {

    static final Duration QUEUE_WORK = Duration.ofSeconds(20);

    private Await() {
    }

    /** Returns the first value that passes, or fails with the last value seen. */
    static <T> T until(String what, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + QUEUE_WORK.toNanos();
        T last = null;
        while (true) {
            last = probe.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + QUEUE_WORK.toSeconds() + " s for " + what + "; last seen: "
                        + Optional.ofNullable(last).map(Object::toString).orElse("nothing"));
            }
            pause(Duration.ofMillis(200));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
