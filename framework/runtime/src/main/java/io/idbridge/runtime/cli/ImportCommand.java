package io.idbridge.runtime.cli;

import io.idbridge.engine.snapshot.ImportResult;
import picocli.CommandLine.Command;

/** Read every source and store a snapshot of persons and contracts. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Read every source and store a snapshot of persons and contracts "
        + "(blocked, and the previous snapshot kept, when a source fails or a source threshold is reached).")
final class ImportCommand extends IdBridgeCommand {
    @Override
    int execute() {
        return withSession(true, session -> {
            ImportResult result = session.engine().importSources(new ConsoleProgress());
            Reports.printImport(result, out());
            return result.accepted() ? ExitCodes.OK : ExitCodes.PROBLEMS;
        });
    }
}
