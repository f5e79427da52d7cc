package io.idbridge.engine.enforce;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.error.ConnectorException;
import io.idbridge.spi.error.ErrorType;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs an operation, retrying it while it fails with a retryable {@link ErrorType} (decided by type, never by message).
 * Non-retryable errors and the last retryable one are rethrown unchanged.
 */
public final class Retrier {
    /** Waits between attempts; tests substitute a recording sleeper. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told about every retry, e.g. to count them or to log. */
    @FunctionalInterface
    public interface RetryListener {
        void retrying(int failedAttempt, ConnectorException error, Duration wait);
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    public Retrier(RetryPolicy policy, Sleeper sleeper) {
        this.policy = requireNonNull(policy, "policy is null");
        this.sleeper = requireNonNull(sleeper, "sleeper is null");
    }

    public static Retrier withDefaults() {
        return new Retrier(RetryPolicy.DEFAULT, duration -> Thread.sleep(duration.toMillis()));
    }

    public <T> T call(Supplier<T> operation, RetryListener listener) {
        requireNonNull(operation, "operation is null");
        requireNonNull(listener, "listener is null");
        for (int attempt = 1; ; attempt++) {
            try {
                return operation.get();
            } catch (ConnectorException error) {
                if (!error.retryable() || attempt >= policy.maxAttempts()) {
                    throw error;
                }
                Duration wait = waitBefore(attempt + 1, error);
                listener.retrying(attempt, error, wait);
                sleep(wait, error);
            }
        }
    }

    public <T> T call(Supplier<T> operation) {
        return call(operation, (attempt, error, wait) -> { });
    }

    private Duration waitBefore(int nextAttempt, ConnectorException error) {
        if (error.errorType() == ErrorType.RATE_LIMITED && error.retryAfter().isPresent()) {
            Duration retryAfter = error.retryAfter().get();
            if (retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                throw error;
            }
            return retryAfter;
        }
        long ceiling = policy.backoffCeiling(nextAttempt - 1).toMillis();
        // full jitter: spreads retries of many parallel actions so they do not hit the target together
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
    }

    private void sleep(Duration wait, ConnectorException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cause.addSuppressed(interrupted);
            throw cause;
        }
    }
}
