package io.idbridge.runtime.cli;

import com.typesafe.config.Config;
import io.idbridge.runtime.config.ConfigBinder;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.ConfigSection;
import io.idbridge.runtime.config.EngineSpec;
import io.idbridge.runtime.config.HoconLoader;
import io.idbridge.runtime.config.IdBridgeConfig;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.runtime.plugin.PluginRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A configuration file read, its plugins loaded and everything bound: what validate, test and the engine commands
 * start from. Closing it gives the plugins back to where they came from (which unloads them, but for the daemon's).
 *
 * @param config present exactly when {@code problems} is empty
 */
record LoadedConfiguration(Optional<IdBridgeConfig> config, List<ConfigProblem> problems, PluginRuntime plugins,
                           PluginSupply supply) implements AutoCloseable {

    static LoadedConfiguration load(Path configFile, Path home, List<ConfigSection> sections) {
        return load(configFile, home, sections, PluginSupply.FRESH);
    }

    static LoadedConfiguration load(Path configFile, Path home, List<ConfigSection> sections, PluginSupply supply) {
        ProblemCollector problems = new ProblemCollector();
        Optional<Config> root = HoconLoader.load(configFile, problems);
        PluginRuntime plugins = supply.take(EngineSpec.pluginsDirectory(root, home));
        Optional<IdBridgeConfig> config = root.flatMap(loaded -> new ConfigBinder(plugins, sections)
                .bind(loaded, home, problems));
        return new LoadedConfiguration(problems.isEmpty() ? config : Optional.empty(), problems.problems(), plugins,
                supply);
    }

    @Override
    public void close() {
        supply.giveBack(plugins);
    }
}
