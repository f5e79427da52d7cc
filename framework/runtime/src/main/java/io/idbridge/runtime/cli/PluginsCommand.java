package io.idbridge.runtime.cli;

import io.idbridge.runtime.plugin.ConnectorInfo;
import io.idbridge.runtime.plugin.LoadedPlugin;
import io.idbridge.runtime.plugin.PluginFailure;
import io.idbridge.runtime.plugin.PluginReport;
import io.idbridge.runtime.plugin.PluginRuntime;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists loaded plugins with their connectors, and every plugin that failed with the reason. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "List loaded plugins, their connectors and versions, and what failed to load (exit 1 when any failed).")
final class PluginsCommand extends IdBridgeCommand {
    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Plugins directory (default: idbridge.plugins.dir of the config, else plugins/).")
    Path pluginsDirectory;

    @Override
    int execute() {
        Path directory = PluginSelection.pluginsDirectory(pluginsDirectory, configFile());
        try (PluginRuntime plugins = PluginRuntime.load(directory)) {
            PluginReport report = plugins.report();
            out().println("Plugins in " + directory + ":");
            if (report.loaded().isEmpty() && report.failed().isEmpty()) {
                out().println("  (none)");
            }
            for (LoadedPlugin plugin : report.loaded()) {
                out().println("  " + plugin.id() + " " + plugin.version()
                        + (plugin.provider().isEmpty() ? "" : " by " + plugin.provider())
                        + " (" + directory.relativize(plugin.path().toAbsolutePath()) + ")");
                if (plugin.connectors().isEmpty()) {
                    out().println("    no connectors");
                }
                for (ConnectorInfo connector : plugin.connectors()) {
                    out().println("    " + connector.kind().displayName() + " connector " + connector.name()
                            + ": " + connector.description());
                }
            }
            for (PluginFailure failure : report.failed()) {
                out().println("  FAILED " + failure.fileName() + ": " + failure.reason());
            }
            return report.hasFailures() ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }
}
