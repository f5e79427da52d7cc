package io.idbridge.spi.model;

/** What an operation did in the target. */
public enum Outcome {
    /** The target was changed. */
    CHANGED,
    /** The target already was as desired; nothing was sent. */
    NO_CHANGE,
    /** An existing account was linked instead of created. */
    CORRELATED,
    /** The account was missing and the operation counts as done (delete, disable, revoke). */
    SKIPPED_NOT_FOUND
}
