package io.idbridge.runtime.cli;

import io.idbridge.runtime.config.ConfigReference;
import io.idbridge.runtime.plugin.PluginRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes the configuration reference: every engine key and every installed connector's keys. */
@Command(name = "reference", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Write the configuration reference of the engine and every installed connector.")
final class ReferenceCommand extends IdBridgeCommand {
    /** Output formats. */
    enum Format { MARKDOWN, HOCON }

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "MARKDOWN or HOCON (default: HOCON for a .conf output, else MARKDOWN).")
    Format format;

    @Option(names = "--plugins-dir", paramLabel = "DIR",
            description = "Plugins directory (default: idbridge.plugins.dir of the config, else plugins/).")
    Path pluginsDirectory;

    @Override
    int execute() {
        Path directory = PluginSelection.pluginsDirectory(pluginsDirectory, configFile());
        try (PluginRuntime plugins = PluginRuntime.load(directory)) {
            PluginFailures.warn(plugins, err());
            ConfigReference reference = ConfigReference.of(plugins, EngineSections.all());
            String text = effectiveFormat() == Format.HOCON ? reference.toHocon() : reference.toMarkdown();
            if (output == null) {
                out().print(text);
                out().flush();
            } else {
                write(text);
                err().println("wrote " + output);
            }
            return plugins.report().hasFailures() ? ExitCodes.PROBLEMS : ExitCodes.OK;
        }
    }

    private Format effectiveFormat() {
        if (format != null) {
            return format;
        }
        return output != null && output.getFileName().toString().endsWith(".conf") ? Format.HOCON : Format.MARKDOWN;
    }

    private void write(String text) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output, e);
        }
    }
}
