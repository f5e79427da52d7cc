package io.idbridge.engine.store;

public enum SnapshotStatus {
    ACCEPTED,
    BLOCKED
}
