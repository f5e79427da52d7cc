package io.idbridge.runtime.cli;

import io.idbridge.engine.model.Json;
import io.idbridge.engine.store.AuditEntry;
import io.idbridge.engine.store.AuditQuery;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Show the audit log: what was done to which account, when and why. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Show the audit log: what was done to which account, when, with which "
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
                    out().println(Json.write(exported(entry)));
                } else {
                    Reports.printAudit(entry, out());
                }
            });
            return ExitCodes.OK;
        });
    }

    /**
     * One JSON line: the entry's fields, the time as ISO-8601 text (the engine's mapper has no java.time support) and
     * the changes as a JSON object rather than a string holding JSON.
     */
    private static Map<String, Object> exported(AuditEntry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", entry.id());
        line.put("at", entry.at().toString());
        line.put("runId", entry.runId());
        line.put("personId", entry.personId());
        line.put("target", entry.target());
        line.put("action", entry.action());
        line.put("changes", entry.changesJson() == null ? null : Json.readMap(entry.changesJson()));
        line.put("outcome", entry.outcome());
        line.put("message", entry.message());
        return line;
    }
}
