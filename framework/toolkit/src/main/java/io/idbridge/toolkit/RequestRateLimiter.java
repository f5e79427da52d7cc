package io.idbridge.toolkit;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.function.LongSupplier;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * OkHttp application interceptor that paces requests to at most {@code requestsPerSecond}, evenly spaced (a smooth
 * token bucket holding one token: no bursts, so a target's per-second limit is never exceeded by a burst after an idle
 * period). Thread-safe: concurrent callers reserve consecutive slots and wait outside the lock.
 */
public final class RequestRateLimiter implements Interceptor {
    /** Waits a number of nanoseconds; tests substitute one that records instead. */
    @FunctionalInterface
    public interface NanoSleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final NanoSleeper sleeper;
    private long nextFreeSlot;
    private boolean started;

    /** @param requestsPerSecond greater than zero */
    public RequestRateLimiter(double requestsPerSecond) {
        this(requestsPerSecond, System::nanoTime, RequestRateLimiter::sleepNanos);
    }

    public RequestRateLimiter(double requestsPerSecond, LongSupplier nanoTime, NanoSleeper sleeper) {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("requestsPerSecond must be a positive number, was " + requestsPerSecond);
        }
        this.intervalNanos = Math.max(1, Math.round(1_000_000_000d / requestsPerSecond));
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        acquire();
        return chain.proceed(chain.request());
    }

    /** Blocks until the caller may send one request. */
    public void acquire() throws InterruptedIOException {
        long wait = reserve();
        if (wait <= 0) {
            return;
        }
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            InterruptedIOException failure = new InterruptedIOException("interrupted while waiting for the rate limit");
            failure.initCause(interrupted);
            throw failure;
        }
    }

    /** Reserves the next free slot and returns how long to wait for it, in nanoseconds. */
    private synchronized long reserve() {
        long now = nanoTime.getAsLong();
        // nanoTime values may be negative, so "no slot reserved yet" needs its own flag instead of a sentinel value
        long slot = started && nextFreeSlot - now > 0 ? nextFreeSlot : now;
        started = true;
        nextFreeSlot = slot + intervalNanos;
        return slot - now;
    }

    private static void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
}
