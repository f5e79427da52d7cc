package io.idbridge.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Show a past run: what was planned, done, held and failed (default: the last run). */
@Command(name = "report", description = "Show a past run: what was planned, done, held and failed (default: the last run).")
final class ReportCommand extends IdBridgeCommand {
    @Parameters(arity = "0..1", paramLabel = "RUN_ID", description = "The run to show (default: the last run).")
    String runId;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("the run report");
    }
}
