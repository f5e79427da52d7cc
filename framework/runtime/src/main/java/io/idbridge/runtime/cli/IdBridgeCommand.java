package io.idbridge.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Base of every subcommand: applies the logging flags, runs {@link #execute()}, maps "not available" to exit 2. */
abstract class IdBridgeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @ParentCommand
    IdBridgeCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        LoggingSetup.apply(common.logJson || parent.common.logJson, common.verbose || parent.common.verbose);
        try {
            return execute();
        } catch (io.idbridge.spi.error.ConnectorException failure) {
            // a target or source refused or failed outside an action (e.g. while planning): say which and why
            err().println("error: " + failure.errorType().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ": " + failure.getMessage());
            org.slf4j.LoggerFactory.getLogger(getClass()).debug("details", failure);
            return ExitCodes.PROBLEMS;
        } catch (RuntimeException failure) {
            // the message names what went wrong; the stack trace is for -v
            err().println("error: " + failure.getMessage());
            org.slf4j.LoggerFactory.getLogger(getClass()).debug("details", failure);
            return ExitCodes.PROBLEMS;
        }
    }

    /** Runs the command; returns the exit code. */
    abstract int execute();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Opens an engine session on the configuration, runs {@code work} and closes it; exit 1 on config problems. */
    int withSession(boolean withConnectors, java.util.function.ToIntFunction<EngineSession> work) {
        java.util.Optional<EngineSession> session = EngineSession.open(configFile(), java.time.Clock.systemUTC(),
                io.idbridge.engine.enforce.EnforcementListener.NONE, withConnectors, err());
        if (session.isEmpty()) {
            return ExitCodes.PROBLEMS;
        }
        try (EngineSession open = session.get()) {
            return work.applyAsInt(open);
        }
    }

    /** The configuration file from {@code -c} on the subcommand or before it, else the default. */
    Path configFile() {
        return Home.configFile(common.configFile != null ? common.configFile : parent.common.configFile);
    }
}
