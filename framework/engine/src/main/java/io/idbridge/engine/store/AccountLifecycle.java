package io.idbridge.engine.store;

public enum AccountLifecycle {
    /** Exists, disabled, never enabled yet (created before the start date). */
    CREATED,
    ENABLED,
    DISABLED,
    DELETED
}
