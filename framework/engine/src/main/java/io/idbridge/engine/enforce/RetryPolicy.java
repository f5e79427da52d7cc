package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How often and how patiently a retryable error is retried: exponential back-off from {@code initialBackoff}, doubled
 * per attempt up to {@code maxBackoff}, with full jitter; a target's {@code Retry-After} overrides the back-off.
 *
 * @param maxAttempts attempts in all, including the first; at least 1
 * @param maxRetryAfter the longest {@code Retry-After} honoured; a longer request fails the action as rate limited
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(8, Duration.ofMillis(200), Duration.ofSeconds(30), Duration.ofMinutes(5));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        requireNonNull(initialBackoff, "initialBackoff is null");
        requireNonNull(maxBackoff, "maxBackoff is null");
        requireNonNull(maxRetryAfter, "maxRetryAfter is null");
    }

    /** The back-off ceiling before attempt {@code attempt + 1}, where {@code attempt} counts from 1. */
    Duration backoffCeiling(int attempt) {
        long millis = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
