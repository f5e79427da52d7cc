package io.idbridge.runtime.cli;

import io.idbridge.engine.plan.Plan;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of commands that plan (preview, sync) and how they show the plan. */
final class PlanOptions {
    @Option(names = "--evaluate-all", description = "Evaluate every person, not only those whose data, the "
            + "configuration or a due date changed since they were last evaluated.")
    boolean evaluateAll;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the plan as JSON to FILE.")
    Path jsonFile;

    @Option(names = "--full", description = "List every action per person, not only the first persons' and the summary.")
    boolean full;

    /** Prints the plan and, when asked, writes it as JSON. */
    void show(Plan plan, PrintWriter out) {
        Reports.printPlan(plan, full, out);
        if (jsonFile == null) {
            return;
        }
        try {
            Files.writeString(jsonFile, Reports.planJson(plan) + System.lineSeparator());
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write " + jsonFile, failure);
        }
    }
}
