package io.idbridge.runtime.plugin;

import static java.util.Objects.requireNonNull;

/**
 * A plugin that did not load; none of its connectors are available.
 *
 * @param fileName the archive or directory name inside the plugins directory
 * @param reason why, in words, e.g. "not a readable zip archive: zip END header not found"
 */
public record PluginFailure(String fileName, String reason) {
    public PluginFailure {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(reason, "reason is null");
    }
}
