package io.idbridge.runtime.cli;

import io.idbridge.engine.model.Json;
import io.idbridge.engine.store.AuditQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Show the audit log: what was done to which account, when and why. */
@Command(name = "audit", description = "Show the audit log: what was done to which account, when, with which "
        + "changes and outcome.")
final class AuditCommand extends IdBridgeCommand {
    @Option(names = "--person", paramLabel = "ID", description = "Only entries of this person (external id).")
    String person;

    @Option(names = "--target", paramLabel = "NAME", description = "Only entries of this target.")
    String target;

    @Option(names = "--since", paramLabel = "DATE", description = "Only entries on or after this date (yyyy-mm-dd, UTC).")
    LocalDate since;

    @Option(names = "--run", paramLabel = "RUN_ID", description = "Only entries of this run.")
    Long run;

    @Option(names = "--json", description = "Print entries as JSON lines (for export).")
    boolean json;

    @Override
    int execute() {
        return withSession(false, session -> {
            AuditQuery query = new AuditQuery(person, target,
                    since == null ? null : since.atStartOfDay().toInstant(ZoneOffset.UTC), run, 0);
            session.store().audit(query).forEach(entry -> {
                if (json) {
                    out().println(Json.write(entry));
                } else {
                    Reports.printAudit(entry, out());
                }
            });
            return ExitCodes.OK;
        });
    }
}
