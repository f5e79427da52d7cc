package io.idbridge.spi.error;

/** What kind of failure an error is; the engine decides on retries by this alone, never by message text. */
public enum ErrorType {
    /** The configuration is wrong; retrying cannot help. */
    CONFIGURATION(false),
    /** Credentials were refused (HTTP 401). */
    AUTHENTICATION(false),
    /** Credentials are valid but not allowed to do this (HTTP 403). */
    PERMISSION(false),
    /** The addressed object does not exist (HTTP 404). */
    NOT_FOUND(false),
    /** The request conflicts with the target's state, e.g. a duplicate user name (HTTP 409). */
    CONFLICT(false),
    /** The target asked us to slow down (HTTP 429); retry after {@link ConnectorException#retryAfter()}. */
    RATE_LIMITED(true),
    /** A passing failure: 5xx, I/O error, timeout, maintenance. Retry with back-off. */
    TRANSIENT(true),
    /** The target rejected the request for a reason of its own (validation, business rule). */
    EXTERNAL(false),
    /** A bug in the connector or engine. */
    INTERNAL(false),
    /** The connector does not support what was asked. */
    UNSUPPORTED(false);

    private final boolean retryable;

    ErrorType(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
