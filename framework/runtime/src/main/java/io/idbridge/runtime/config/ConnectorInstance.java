package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import io.idbridge.runtime.plugin.ConnectorKind;
import io.idbridge.spi.config.ConnectorConfig;

/**
 * One configured source or target, e.g. {@code idbridge.targets.helloid}.
 *
 * @param name the instance name (the key under {@code sources} or {@code targets})
 * @param connectorName the connector it uses ({@code connector = ...})
 * @param config the {@code config} block, bound through the connector's spec; secrets masked in toString
 * @param block the whole instance block, for the engine's sections (mapping, correlation, ...)
 */
public record ConnectorInstance(String name, ConnectorKind kind, String connectorName, ConnectorConfig config,
                                Config block) {
    public ConnectorInstance {
        requireNonNull(name, "name is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(connectorName, "connectorName is null");
        requireNonNull(config, "config is null");
        requireNonNull(block, "block is null");
    }

    /** The block's path, e.g. {@code idbridge.targets.helloid}. */
    public String path() {
        return EngineSpec.ROOT + "." + (kind == ConnectorKind.SOURCE ? "sources" : "targets") + "." + name;
    }

    /** Without the raw block: it may hold resolved secrets. */
    @Override
    public String toString() {
        return "ConnectorInstance[" + kind.displayName() + " " + name + " = " + connectorName + ", " + config + "]";
    }
}
