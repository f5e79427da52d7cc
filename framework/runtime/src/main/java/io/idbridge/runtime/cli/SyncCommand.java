package io.idbridge.runtime.cli;

import io.idbridge.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Import, preview and enforce in one run. */
@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Finish interrupted runs, import, plan and enforce in one run.")
final class SyncCommand extends IdBridgeCommand {
    @Mixin
    PlanOptions plan;

    @Override
    int execute() {
        return withSession(true, session -> print(session.engine().sync(plan.evaluateAll, new ConsoleProgress())));
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
        plan.show(result.plan(), out());
        Reports.printRun(result.run(), out());
        return Reports.anyFailed(result.run()) ? ExitCodes.PROBLEMS : ExitCodes.OK;
    }
}
