package io.idbridge.runtime.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reject held actions so that they are dropped. */
@Command(name = "reject", description = "Reject held actions so that they are dropped.")
final class RejectCommand extends IdBridgeCommand {
    @Option(names = "--run", paramLabel = "RUN_ID", description = "Held actions of this run (default: the last run).")
    String runId;

    @Option(names = "--target", paramLabel = "NAME", description = "Only held actions on this target.")
    String target;

    @Option(names = "--action", paramLabel = "ID", description = "This held action (repeatable).")
    List<String> actions = new ArrayList<>();

    @Option(names = "--person", paramLabel = "ID", description = "Held actions of this person (external id).")
    String person;

    @Option(names = "--all", description = "Every held action that matches the other options.")
    boolean all;

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("rejection of held actions");
    }
}
