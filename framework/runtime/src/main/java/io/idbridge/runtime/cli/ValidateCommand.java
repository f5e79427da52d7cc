package io.idbridge.runtime.cli;

import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.IdBridgeConfig;
import picocli.CommandLine.Command;

/** Offline check of the configuration: prints every problem as {@code file:line: path: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Check the configuration offline; print every problem with file:line (exit 1 when any).")
final class ValidateCommand extends IdBridgeCommand {
    @Override
    int execute() {
        try (LoadedConfiguration loaded = LoadedConfiguration.load(configFile(), Home.directory(), EngineSections.all())) {
            PluginFailures.warn(loaded.plugins(), err());
            for (ConfigProblem problem : loaded.problems()) {
                out().println(problem.render());
            }
            if (loaded.config().isEmpty()) {
                out().println(loaded.problems().size() + " problem(s) in " + configFile());
                return ExitCodes.PROBLEMS;
            }
            IdBridgeConfig config = loaded.config().get();
            out().println("ok: " + configFile() + " (" + config.sources().size() + " source(s), "
                    + config.targets().size() + " target(s))");
            return ExitCodes.OK;
        }
    }
}
