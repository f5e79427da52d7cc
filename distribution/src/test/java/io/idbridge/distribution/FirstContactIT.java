package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consultant's first preview on a new installation, against a HelloID tenant without the demo's "All staff" group
 * and "Laptop" product: it must say what the first sync would do and exactly what it withholds, and change nothing.
 */
class FirstContactIT {
    private static final int PERSONS = 40;

    @TempDir
    Path directory;

    @Test
    void theFirstPreviewImportsShowsTheFirstSyncAndGroupsIdenticalProblems() {
        try (HelloIdSimulator helloId = new HelloIdSimulator().start()) {
            Installation installation = Installation.copyInto(directory.resolve("idbridge"));
            Path data = directory.resolve("data");
            HrExport export = HrExport.of(PERSONS, LocalDate.now(ZoneOffset.UTC));
            export.writeTo(data.resolve("hr"));
            Path config = SyncConfiguration.write(data, helloId);

            Result preview = installation.run("preview", "-c", config.toString());

            assertThat(preview.exitCode()).as(preview.output()).isZero();
            int ict = export.inDepartment("ICT").size();
            assertThat(ict).isPositive();
            assertThat(preview.output()).contains(
                    "No snapshot yet: importing the sources first (stored as 'idbridge import' would).",
                    "Import accepted: snapshot 1 with " + PERSONS + " persons",
                    "create " + PERSONS,
                    "2 problems for " + PERSONS + " persons (what each withholds is said below; the rest of the plan "
                            + "goes ahead):",
                    "  helloid: group 'All staff' does not exist in helloid and is not set to be created: " + PERSONS
                            + " persons (" + HrExport.id(0) + ", " + HrExport.id(1) + ", " + HrExport.id(2) + ", "
                            + HrExport.id(3) + ", " + HrExport.id(4) + ", ... " + (PERSONS - 5) + " more)",
                    "  helloid: product 'Laptop' does not exist in helloid and is not set to be created: " + ict
                            + " persons (",
                    "    withheld: only this permission; every other action for them goes ahead")
                    .doesNotContain("nothing to do", "get nothing");
            assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();

            Result second = installation.run("preview", "-c", config.toString());
            assertThat(second.output()).doesNotContain("No snapshot yet").contains("create " + PERSONS);
        }
    }
}
