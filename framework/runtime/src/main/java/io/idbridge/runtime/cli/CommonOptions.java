package io.idbridge.runtime.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: conf/idbridge.conf in the installation directory).")
    Path configFile;

    @Option(names = "--log-json", description = "Log JSON lines (Logback's JsonEncoder) instead of text.")
    boolean logJson;

    @Option(names = {"-v", "--verbose"}, description = "Log debug details, including PF4J's plugin loading.")
    boolean verbose;
}
