package io.idbridge.runtime.cli;

import io.idbridge.engine.snapshot.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Plan the actions for every target from the snapshot in force and show them without changing any target. On a new
 * installation (no snapshot yet) it first imports, exactly as {@code idbridge import} does, so that a consultant's
 * first preview shows what the first sync would do; the stored snapshot is what that sync would read too.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Plan the actions for every target from the snapshot in force and show "
        + "them without changing any target. Without a snapshot yet, it imports first (as 'idbridge import' does).")
final class PreviewCommand extends IdBridgeCommand {
    @Mixin
    PlanOptions plan;

    @Override
    int execute() {
        return withSession(true, session -> {
            if (!session.engine().hasSnapshotInForce()) {
                out().println("No snapshot yet: importing the sources first (stored as 'idbridge import' would).");
                ImportResult imported = session.engine().importSources(new ConsoleProgress());
                Reports.printImport(imported, out());
                if (!imported.accepted()) {
                    return ExitCodes.PROBLEMS;
                }
            }
            plan.show(session.engine().preview(plan.evaluateAll, new ConsoleProgress()), out());
            return ExitCodes.OK;
        });
    }
}
