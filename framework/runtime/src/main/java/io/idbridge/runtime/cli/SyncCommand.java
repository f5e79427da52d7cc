package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Import, preview and enforce in one run. */
@Command(name = "sync", description = "Finish interrupted runs, import, plan and enforce in one run.")
final class SyncCommand extends IdBridgeCommand {
    @Option(names = "--evaluate-all", description = "Evaluate every person, not only those whose data, the "
            + "configuration or a due date changed since they were last evaluated.")
    boolean evaluateAll;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan of this run as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--full", description = "Print every action, not only the summary.")
    boolean full;

    @Override
    int execute() {
        return withSession(true, session -> print(session.engine().sync(evaluateAll, new ConsoleProgress())));
    }

    private int print(Engine.SyncResult result) {
        result.resumed().forEach(report -> {
            out().println("Finished an interrupted run:");
            Reports.printRun(report, out());
        });
        Reports.printImport(result.imported(), out());
        if (result.plan() == null) {
            return ExitCodes.PROBLEMS;
        }
        Reports.printPlan(result.plan(), full, out());
        PreviewCommand.writeJson(jsonFile, Reports.planJson(result.plan()));
        Reports.printRun(result.run(), out());
        return Reports.anyFailed(result.run()) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
