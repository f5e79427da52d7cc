package io.idbridge.engine.store;

public enum RunStatus {
    RUNNING,
    SUCCEEDED,
    /** Finished, but some actions failed or are held. */
    PARTIAL,
    FAILED,
    BLOCKED
}
