package io.idbridge.runtime.plugin;

/** Whether a connector reads persons (source) or provisions accounts (target). */
public enum ConnectorKind {
    SOURCE("source"),
    TARGET("target");

    private final String displayName;

    ConnectorKind(String displayName) {
        this.displayName = displayName;
    }

    /** Lower-case word for messages and listings. */
    public String displayName() {
        return displayName;
    }
}
