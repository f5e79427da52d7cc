package io.idbridge.sandbox;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A fixed one-second window limiter, like many API gateways; simple on purpose. Thread-safe. */
final class RateLimiter {
    private static final long WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);

    private int limit;
    private long windowStart = System.nanoTime();
    private int used;

    synchronized void limit(int requestsPerSecond) {
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("rate limit is negative: " + requestsPerSecond);
        }
        limit = requestsPerSecond;
        used = 0;
        windowStart = System.nanoTime();
    }

    /** Empty when the request may proceed; otherwise the whole seconds (at least 1) until the window reopens. */
    synchronized Optional<Long> acquire() {
        if (limit == 0) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            used = 0;
        }
        if (used < limit) {
            used++;
            return Optional.empty();
        }
        long remainingNanos = windowStart + WINDOW_NANOS - now;
        return Optional.of(Math.max(1, (remainingNanos + WINDOW_NANOS - 1) / WINDOW_NANOS));
    }
}
