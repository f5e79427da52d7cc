package io.idbridge.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Import, preview and enforce in one run. */
@Command(name = "sync", description = "Import, preview and enforce in one run.")
final class SyncCommand extends IdBridgeCommand {
    @Option(names = "--json", paramLabel = "FILE", description = "Also write the preview of this run as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--full", description = "Print every action, not only the summary.")
    boolean full;

    @Option(names = "--target", paramLabel = "NAME", description = "Sync only this target (repeatable).")
    List<String> targets = new ArrayList<>();

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("sync (import, preview and enforce)");
    }
}
