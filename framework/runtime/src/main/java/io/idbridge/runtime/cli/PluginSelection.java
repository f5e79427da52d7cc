package io.idbridge.runtime.cli;

import io.idbridge.runtime.config.EngineSpec;
import io.idbridge.runtime.config.HoconLoader;
import io.idbridge.runtime.config.ProblemCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the plugins directory for commands that must work with a broken or missing config: {@code --plugins-dir},
 * else {@code idbridge.plugins.dir} of the config when it can be read, else {@code plugins} under the home directory.
 */
final class PluginSelection {
    private PluginSelection() {
    }

    static Path pluginsDirectory(Path override, Path configFile) {
        if (override != null) {
            return override.toAbsolutePath().normalize();
        }
        if (!Files.isRegularFile(configFile)) {
            return EngineSpec.pluginsDirectory(Optional.empty(), Home.directory());
        }
        return EngineSpec.pluginsDirectory(HoconLoader.load(configFile, new ProblemCollector()), Home.directory());
    }
}
