package io.idbridge.runtime.config;

import static java.util.Objects.requireNonNull;

/**
 * One problem in the configuration. Never contains a secret value.
 *
 * @param path the full HOCON path, e.g. {@code idbridge.targets.helloid.config.base-url}; empty for a file-level problem
 * @param message what is wrong, in words
 * @param origin {@code file:line} when known, else a description of where the value came from
 */
public record ConfigProblem(String path, String message, String origin) {
    public ConfigProblem {
        requireNonNull(path, "path is null");
        requireNonNull(message, "message is null");
        requireNonNull(origin, "origin is null");
    }

    /** {@code file:line: path: message}, the form {@code idbridge validate} prints. */
    public String render() {
        return path.isEmpty() ? origin + ": " + message : origin + ": " + path + ": " + message;
    }

    @Override
    public String toString() {
        return render();
    }
}
