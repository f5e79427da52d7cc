package io.idbridge.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Plan the actions for every target from the last snapshot and show them without changing anything. */
@Command(name = "preview", description = "Plan the actions for every target from the last snapshot and show them without changing anything.")
final class PreviewCommand extends IdBridgeCommand {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the preview as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--full", description = "List every action, not only the summary per target and action type.")
    boolean full;

    @Option(names = "--target", paramLabel = "NAME", description = "Preview only this target (repeatable).")
    List<String> targets = new ArrayList<>();

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("preview of planned actions");
    }
}
