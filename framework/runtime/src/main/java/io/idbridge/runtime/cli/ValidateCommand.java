package io.idbridge.runtime.cli;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.IdBridgeConfig;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.runtime.engine.EngineConfigReader;
import java.util.stream.Stream;
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
            new EngineConfigReader(loaded.plugins()).read(config.root(), new ProblemCollector())
                    .ifPresent(this::warnAboutUnguardedTargets);
            out().println("ok: " + configFile() + " (" + config.sources().size() + " source(s), "
                    + config.targets().size() + " target(s))");
            return ExitCodes.OK;
        }
    }

    /** A target whose thresholds were switched off can lose every account's access to one partial HR export. */
    private void warnAboutUnguardedTargets(EngineConfig engine) {
        for (TargetSettings target : engine.targets()) {
            boolean guarded = Stream.of("disable", "delete", "revoke")
                    .anyMatch(type -> target.thresholds().forType(type).isPresent());
            if (!guarded) {
                err().println("warning: target " + target.name() + " has no disable, delete or revoke threshold "
                        + "(switched off in its thresholds block): a partial HR export would be carried out in full");
            }
        }
    }
}
