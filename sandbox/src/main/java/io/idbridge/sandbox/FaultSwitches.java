package io.idbridge.sandbox;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;

/**
 * Switches that make a simulator slow, flaky or rate limited. Thread-safe; can be changed while the simulator runs.
 * Failures are drawn from a seeded {@link Random}, so the sequence of decisions is the same on every run (which
 * request gets which decision still depends on the order in which concurrent requests arrive).
 */
public final class FaultSwitches {
    private final RateLimiter rateLimiter = new RateLimiter();
    private Duration latency = Duration.ZERO;
    private double failureRate;
    private FailurePoint failurePoint = FailurePoint.BEFORE_PROCESSING;
    private Random random = new Random(0);
    private int forcedFailures;
    private FailurePoint forcedFailurePoint = FailurePoint.BEFORE_PROCESSING;

    /** Every request waits this long before it is answered; {@link Duration#ZERO} turns latency off. */
    public synchronized FaultSwitches latency(Duration latency) {
        requireNonNull(latency, "latency is null");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency is negative: " + latency);
        }
        this.latency = latency;
        return this;
    }

    /**
     * A fraction of requests (those the rate limiter lets through) is answered 503.
     *
     * @param rate 0 (off) to 1 (every request)
     * @param seed the seed of the random decisions
     * @param point whether the request is processed before the 503
     */
    public synchronized FaultSwitches failureRate(double rate, long seed, FailurePoint point) {
        if (rate < 0 || rate > 1) {
            throw new IllegalArgumentException("failure rate must be between 0 and 1, was " + rate);
        }
        this.failureRate = rate;
        this.random = new Random(seed);
        this.failurePoint = requireNonNull(point, "point is null");
        return this;
    }

    /** The next {@code count} requests fail with 503, before the random failures are considered. */
    public synchronized FaultSwitches failNext(int count, FailurePoint point) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        this.forcedFailures = count;
        this.forcedFailurePoint = requireNonNull(point, "point is null");
        return this;
    }

    /** At most this many requests per second are processed; more get 429 with {@code Retry-After}. 0 turns it off. */
    public FaultSwitches rateLimit(int requestsPerSecond) {
        rateLimiter.limit(requestsPerSecond);
        return this;
    }

    /** Turns every fault off. */
    public synchronized FaultSwitches reset() {
        latency = Duration.ZERO;
        failureRate = 0;
        failurePoint = FailurePoint.BEFORE_PROCESSING;
        random = new Random(0);
        forcedFailures = 0;
        rateLimiter.limit(0);
        return this;
    }

    synchronized Duration latency() {
        return latency;
    }

    /** The whole seconds to wait when this request exceeds the rate limit; empty when it may proceed. */
    Optional<Long> throttle() {
        return rateLimiter.acquire();
    }

    /** Whether this request fails, and when; empty when it succeeds. */
    synchronized Optional<FailurePoint> nextFailure() {
        if (forcedFailures > 0) {
            forcedFailures--;
            return Optional.of(forcedFailurePoint);
        }
        if (failureRate > 0 && random.nextDouble() < failureRate) {
            return Optional.of(failurePoint);
        }
        return Optional.empty();
    }
}
