package io.idbridge.runtime.cli;

import picocli.CommandLine.Command;

/** Run as a daemon: sync on idbridge.schedule until stopped. */
@Command(name = "run", description = "Run as a daemon: sync on idbridge.schedule until stopped.")
final class RunCommand extends IdBridgeCommand {
    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("the scheduled daemon");
    }
}
