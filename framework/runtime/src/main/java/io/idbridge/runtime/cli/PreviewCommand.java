package io.idbridge.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Plan the actions for every target from the snapshot in force and show them without changing anything. */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Plan the actions for every target from the snapshot in force and show "
        + "them without changing anything.")
final class PreviewCommand extends IdBridgeCommand {
    @Mixin
    PlanOptions plan;

    @Override
    int execute() {
        return withSession(true, session -> {
            plan.show(session.engine().preview(plan.evaluateAll, new ConsoleProgress()), out());
            return ExitCodes.OK;
        });
    }
}
