package io.idbridge.runtime.cli;

import io.idbridge.runtime.plugin.PluginRuntime;
import java.nio.file.Path;

/** Where a loaded configuration gets its plugins, and gives them back when it is closed. */
interface PluginSupply {
    /** Loads the plugins for one command and unloads them after it: what every command but the daemon uses. */
    PluginSupply FRESH = new PluginSupply() {
        @Override
        public PluginRuntime take(Path pluginsDirectory) {
            return PluginRuntime.load(pluginsDirectory);
        }

        @Override
        public void giveBack(PluginRuntime plugins) {
            plugins.close();
        }
    };

    PluginRuntime take(Path pluginsDirectory);

    /** The taker is done with {@code plugins}; it must not use them afterwards. */
    void giveBack(PluginRuntime plugins);
}
