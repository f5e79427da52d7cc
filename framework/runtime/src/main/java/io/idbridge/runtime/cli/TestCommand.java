package io.idbridge.runtime.cli;

import io.idbridge.runtime.config.ConfigProblem;
import io.idbridge.runtime.config.ConnectorInstance;
import io.idbridge.runtime.config.IdBridgeConfig;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;

/** Online check: creates every configured connector and calls its test(). */
@Command(name = "test", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Connect to every configured source and target and report ok or the failure (exit 1 on any).")
final class TestCommand extends IdBridgeCommand {
    @Override
    int execute() {
        try (LoadedConfiguration loaded = LoadedConfiguration.load(configFile(), Home.directory(), EngineSections.all())) {
            PluginFailures.warn(loaded.plugins(), err());
            if (loaded.config().isEmpty()) {
                loaded.problems().stream().map(ConfigProblem::render).forEach(out()::println);
                out().println("the configuration has problems; fix them before testing connections");
                return ExitCodes.PROBLEMS;
            }
            IdBridgeConfig config = loaded.config().get();
            List<ConnectorInstance> instances = new ArrayList<>(config.sources());
            instances.addAll(config.targets());
            ConnectorTester tester = new ConnectorTester(loaded.plugins(), Clock.systemDefaultZone());
            boolean allPassed = true;
            for (ConnectorInstance instance : instances) {
                ConnectorTester.TestOutcome outcome = tester.test(instance);
                out().println(outcome.line());
                out().flush();
                allPassed &= outcome.passed();
            }
            return allPassed ? ExitCodes.OK : ExitCodes.PROBLEMS;
        }
    }
}
