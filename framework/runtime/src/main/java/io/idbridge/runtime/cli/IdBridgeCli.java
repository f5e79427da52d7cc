package io.idbridge.runtime.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code idbridge} command. Starting it must stay cheap: nothing here loads plugins, the engine or Logback, so
 * {@code --help} answers at once; each subcommand loads what it needs.
 */
@Command(name = "idbridge", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class,
        description = "Self-hosted identity provisioning: from HR sources to target systems.",
        subcommands = {
                ValidateCommand.class, TestCommand.class, PluginsCommand.class, ReferenceCommand.class,
                ImportCommand.class, PreviewCommand.class, EnforceCommand.class, SyncCommand.class, RunCommand.class,
                ReportCommand.class, AuditCommand.class, PersonCommand.class, ApproveCommand.class, RejectCommand.class,
                DemoCommand.class, SandboxCommand.class,
                CommandLine.HelpCommand.class})
public final class IdBridgeCli implements Runnable {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    public static void main(String[] arguments) {
        if (UsageText.asked(arguments)) {
            Optional<String> usage = UsageText.rendered();
            if (usage.isPresent()) {
                System.out.print(usage.get());
                System.out.flush();
                System.exit(0);
            }
        }
        System.exit(execute(arguments));
    }

    /** Runs the command line and returns the exit code, without exiting; for tests and embedding. */
    public static int execute(String... arguments) {
        return new CommandLine(new IdBridgeCli()).execute(arguments);
    }

    /** Without a subcommand: show the usage. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest; "development" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = IdBridgeCli.class.getPackage().getImplementationVersion();
            return new String[] {"IdBridge " + (version == null ? "development" : version)};
        }
    }
}
