package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import java.util.List;

/**
 * A configuration that passed every check: engine settings and every source and target, in file order.
 *
 * @param root the resolved HOCON, for the engine's sections; holds resolved secrets, so never print it
 */
public record IdBridgeConfig(EngineSettings engine, List<ConnectorInstance> sources, List<ConnectorInstance> targets,
                             Config root) {
    public IdBridgeConfig {
        requireNonNull(engine, "engine is null");
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        requireNonNull(root, "root is null");
    }

    /** Without the root: it may hold resolved secrets. */
    @Override
    public String toString() {
        return "IdBridgeConfig[engine=" + engine + ", sources=" + sources + ", targets=" + targets + "]";
    }
}
