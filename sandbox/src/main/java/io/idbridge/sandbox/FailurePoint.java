package io.idbridge.sandbox;

/** When an injected failure strikes. */
public enum FailurePoint {
    /** The request is answered 503 without being processed: retrying is safe. */
    BEFORE_PROCESSING,
    /** The request is processed (state changes) and then answered 503: the caller cannot know the outcome. */
    AFTER_PROCESSING
}
