package io.idbridge.engine.store;

public enum ActionStatus {
    /** Journaled, not started. */
    PLANNED,
    /** Started; if the engine dies now the outcome is unknown and is resolved before any retry. */
    RUNNING,
    SUCCEEDED,
    FAILED,
    /** Held by a threshold, waiting for approval. */
    HELD,
    REJECTED,
    /** Not run because an action it depends on failed or was held. */
    SKIPPED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == REJECTED || this == SKIPPED;
    }
}
