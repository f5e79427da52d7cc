package io.idbridge.spi.error;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * The root of every error a connector raises. Always carries an {@link ErrorCode}; the engine retries only when
 * {@link #errorType()} is retryable. Messages name the object at fault and never contain secrets.
 */
public class ConnectorException extends RuntimeException {
    private final ErrorCode errorCode;
    private final Duration retryAfter;

    public ConnectorException(ErrorCode errorCode, String message) {
        this(errorCode, message, null, null);
    }

    public ConnectorException(ErrorCode errorCode, String message, Throwable cause) {
        this(errorCode, message, null, cause);
    }

    /** @param retryAfter how long the target asked us to wait (HTTP {@code Retry-After}); null when it did not say */
    public ConnectorException(ErrorCode errorCode, String message, Duration retryAfter, Throwable cause) {
        super(requireNonNull(message, "message is null"), cause);
        this.errorCode = requireNonNull(errorCode, "errorCode is null");
        this.retryAfter = retryAfter;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    public ErrorType errorType() {
        return errorCode.type();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    public boolean retryable() {
        return errorCode.type().retryable();
    }
}
