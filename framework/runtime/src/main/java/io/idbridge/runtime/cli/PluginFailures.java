package io.idbridge.runtime.cli;

import io.idbridge.runtime.plugin.PluginFailure;
import io.idbridge.runtime.plugin.PluginRuntime;
import java.io.PrintWriter;

/** Prints plugins that failed to load as warnings, so that "unknown connector" problems explain themselves. */
final class PluginFailures {
    private PluginFailures() {
    }

    static void warn(PluginRuntime plugins, PrintWriter err) {
        for (PluginFailure failure : plugins.report().failed()) {
            err.println("warning: plugin " + failure.fileName() + " failed to load: " + failure.reason());
        }
    }
}
