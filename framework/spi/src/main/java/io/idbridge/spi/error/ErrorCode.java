package io.idbridge.spi.error;

/**
 * A stable, documented error code. Each connector has its own enum implementing this, with its own numeric range
 * (the standard codes use 0–999; connectors use 1000 and up, in steps of 1000 per connector).
 */
public interface ErrorCode {
    /** A stable name such as {@code HELLOID_USER_NOT_FOUND}. */
    String name();

    int code();

    ErrorType type();
}
