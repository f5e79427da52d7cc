package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * A plugin that loaded, started and whose connectors were all built.
 *
 * @param path the archive or directory it was loaded from
 * @param connectors in the order sources first, then targets; may be empty
 */
public record LoadedPlugin(String id, String version, String provider, Path path, List<ConnectorInfo> connectors) {
    public LoadedPlugin {
        requireNonNull(id, "id is null");
        requireNonNull(version, "version is null");
        requireNonNull(provider, "provider is null");
        requireNonNull(path, "path is null");
        connectors = List.copyOf(connectors);
    }
}
