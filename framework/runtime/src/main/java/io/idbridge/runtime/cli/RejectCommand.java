package io.idbridge.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Reject held actions: they will not run. */
@Command(name = "reject", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Reject held actions, in bulk or one by one; they will not run (a later "
        + "plan proposes them again if the data still asks for them).")
final class RejectCommand extends IdBridgeCommand {
    @Mixin
    HeldActionSelection selection;

    @Override
    int execute() {
        if (!selection.specified(err())) {
            return ExitCodes.USAGE;
        }
        return withSession(false, session -> {
            int rejected = session.engine().reject(selection.query(), selection.actionIds(),
                    System.getProperty("user.name", "unknown"));
            out().printf("%d held actions rejected%n", rejected);
            return rejected == 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
        });
    }
}
