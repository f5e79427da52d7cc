package io.idbridge.runtime.cli;

import io.idbridge.engine.enforce.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Carry out the planned actions on the targets; actions over a threshold are held for approval. */
@Command(name = "enforce", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Finish interrupted runs, then plan from the snapshot in force and carry "
        + "the actions out; action types over a threshold are held for approval.")
final class EnforceCommand extends IdBridgeCommand {
    @Option(names = "--evaluate-all", description = "Evaluate every person, not only those whose data, the "
            + "configuration or a due date changed since they were last evaluated.")
    boolean evaluateAll;

    @Override
    int execute() {
        return withSession(true, session -> {
            RunReport report = session.engine().enforce(evaluateAll, new ConsoleProgress());
            Reports.printRun(report, out());
            return Reports.anyFailed(report) ? ExitCodes.PROBLEMS : ExitCodes.OK;
        });
    }
}
