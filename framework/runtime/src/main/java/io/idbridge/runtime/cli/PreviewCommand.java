package io.idbridge.runtime.cli;

import io.idbridge.engine.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Plan the actions for every target from the snapshot in force and show them without changing anything. */
@Command(name = "preview", description = "Plan the actions for every target from the snapshot in force and show "
        + "them without changing anything.")
final class PreviewCommand extends IdBridgeCommand {
    @Option(names = "--evaluate-all", description = "Evaluate every person, not only those whose data, the "
            + "configuration or a due date changed since they were last evaluated.")
    boolean evaluateAll;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--full", description = "List every action per person, not only the summary.")
    boolean full;

    @Override
    int execute() {
        return withSession(true, session -> {
            Plan plan = session.engine().preview(evaluateAll, new ConsoleProgress());
            Reports.printPlan(plan, full, out());
            writeJson(jsonFile, Reports.planJson(plan));
            return ExitCodes.OK;
        });
    }

    static void writeJson(Path file, String json) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, json + System.lineSeparator());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + file, failure);
        }
    }
}
