package io.idbridge.runtime.cli;

import picocli.CommandLine.Command;

/** Run a self-contained demo: simulated HR source and HelloID target, a sync, and its report. */
@Command(name = "demo", description = "Run a self-contained demo: simulated HR source and HelloID target, a sync, and its report.")
final class DemoCommand extends IdBridgeCommand {
    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("the demo");
    }
}
