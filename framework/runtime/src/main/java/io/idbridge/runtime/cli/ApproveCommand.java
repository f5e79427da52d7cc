package io.idbridge.runtime.cli;

import io.idbridge.engine.enforce.RunReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Approve held actions: they run now, exactly those. */
@Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Approve held actions and carry out exactly those, in bulk or one by one.")
final class ApproveCommand extends IdBridgeCommand {
    @Mixin
    HeldActionSelection selection;

    @Override
    int execute() {
        if (!selection.specified(err())) {
            return ExitCodes.USAGE;
        }
        return withSession(true, session -> {
            List<RunReport> reports = session.engine().approve(selection.query(), selection.actionIds(),
                    System.getProperty("user.name", "unknown"), new ConsoleProgress());
            if (reports.isEmpty()) {
                out().println("no held actions match");
                return ExitCodes.PROBLEMS;
            }
            reports.forEach(report -> Reports.printRun(report, out()));
            return reports.stream().anyMatch(Reports::anyFailed) ? ExitCodes.PROBLEMS : ExitCodes.OK;
        });
    }

}
