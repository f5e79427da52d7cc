package io.idbridge.runtime.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Carry out the planned actions on the targets; actions over a threshold are held for approval. */
@Command(name = "enforce", description = "Carry out the planned actions on the targets; actions over a threshold are held for approval.")
final class EnforceCommand extends IdBridgeCommand {
    @Option(names = "--target", paramLabel = "NAME", description = "Enforce only on this target (repeatable).")
    List<String> targets = new ArrayList<>();

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("enforcement of planned actions");
    }
}
