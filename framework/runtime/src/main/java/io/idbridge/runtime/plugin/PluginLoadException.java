package io.idbridge.runtime.plugin;

/** Why one plugin cannot be used; becomes a {@link PluginFailure}, never escapes {@link PluginRuntime}. */
final class PluginLoadException extends RuntimeException {
    PluginLoadException(String message) {
        super(message);
    }

    PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
