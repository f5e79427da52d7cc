package io.idbridge.runtime.cli;

import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.store.RunRecord;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Show a past run: what was planned, done, held and failed (default: the last run). */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = IdBridgeCli.Version.class, description = "Show a past run: counts per target and action, failures with reasons, held "
        + "actions and duration (default: the last run).")
final class ReportCommand extends IdBridgeCommand {
    @Parameters(arity = "0..1", paramLabel = "RUN_ID", description = "The run to show (default: the last run).")
    Long runId;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    int execute() {
        return withSession(false, session -> {
            Optional<Long> id = runId != null ? Optional.of(runId)
                    : session.store().runs(1).stream().findFirst().map(RunRecord::id);
            if (id.isEmpty() || session.store().run(id.get()).isEmpty()) {
                err().println(id.isEmpty() ? "no runs yet" : "no run " + id.get());
                return ExitCodes.PROBLEMS;
            }
            RunReport report = session.engine().report(id.get());
            if (json) {
                out().println(Reports.runJson(report));
            } else {
                Reports.printRun(report, out());
            }
            return ExitCodes.OK;
        });
    }
}
