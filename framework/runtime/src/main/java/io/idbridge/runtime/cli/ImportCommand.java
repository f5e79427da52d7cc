package io.idbridge.runtime.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Read every source (or the named ones) and store a snapshot of persons and contracts. */
@Command(name = "import", description = "Read every source (or the named ones) and store a snapshot of persons and contracts.")
final class ImportCommand extends IdBridgeCommand {
    @Option(names = "--source", paramLabel = "NAME", description = "Import only this source (repeatable).")
    List<String> sources = new ArrayList<>();

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("import of source persons");
    }
}
