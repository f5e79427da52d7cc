package io.idbridge.runtime.cli;

import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Show the audit log: what was done to which account, when and why. */
@Command(name = "audit", description = "Show the audit log: what was done to which account, when and why.")
final class AuditCommand extends IdBridgeCommand {
    @Option(names = "--person", paramLabel = "ID", description = "Only entries of this person (external id).")
    String person;

    @Option(names = "--target", paramLabel = "NAME", description = "Only entries of this target.")
    String target;

    @Option(names = "--since", paramLabel = "DATE", description = "Only entries on or after this date (yyyy-mm-dd).")
    LocalDate since;

    @Option(names = "--json", description = "Print entries as JSON lines.")
    boolean json;

    @Override
    int execute() {
        return runEngine();
    }

    /** The one place where this command calls the engine. */
    private int runEngine() {
        throw new NotAvailableYetException("the audit log");
    }
}
