package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

/** A connector a plugin contributes, as listed by {@code idbridge plugins}. */
public record ConnectorInfo(String name, ConnectorKind kind, String description) {
    public ConnectorInfo {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(description, "description is null");
    }
}
