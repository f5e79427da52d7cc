package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A half-empty HR export must never disable everyone: 300 persons are synced through {@code bin/idbridge}, then the
 * next export is broken in one of the ways HR exports break. The configuration sets no thresholds at all, so only the
 * empty-read rule and the safe defaults stand between the export and HelloID.
 */
class PartialExportIT {
    private static final int PERSONS = 300;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static HelloIdSimulator helloId;

    @TempDir
    Path directory;
    private Installation installation;
    private Path config;
    private Path hr;
    private HrExport export;

    @BeforeAll
    static void startHelloId() {
        helloId = new HelloIdSimulator().start();
    }

    @AfterAll
    static void stopHelloId() {
        helloId.close();
    }

    @BeforeEach
    void syncThreeHundredPersons() {
        helloId.reset();
        helloId.addGroup("All staff");
        helloId.addProduct("Laptop");
        installation = Installation.copyInto(directory.resolve("idbridge"));
        Path data = directory.resolve("data");
        hr = data.resolve("hr");
        export = HrExport.of(PERSONS, TODAY);
        export.writeTo(hr);
        config = SyncConfiguration.write(data, helloId);
        Result first = installation.run("sync", "-c", config.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(helloId.users()).hasSize(PERSONS).allMatch(SimulatedUser::enabled);
        helloId.requestLog().clear();
    }

    @Test
    void aContractsFileWithOnlyItsHeaderBlocksTheImport() {
        export.writeWithHeaderOnlyContractsTo(hr);

        Result result = installation.run("sync", "-c", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Import BLOCKED: source hr read no contracts from " + hr.resolve(
                "contracts.csv") + ", while the snapshot in force has " + PERSONS + " contracts from it: an empty "
                + "read is never taken as everyone leaving; import blocked, nothing changes in any target");
        assertNothingChanged();
    }

    @Test
    void aPersonsFileWithOnlyItsHeaderBlocksTheImport() {
        export.writeWithHeaderOnlyPersonsTo(hr);

        Result result = installation.run("sync", "-c", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Import BLOCKED: source hr read no persons that could be mapped from "
                + hr.resolve("persons.csv") + " (" + PERSONS + " records, all blocked), while the snapshot in force has "
                + PERSONS + " persons from it");
        assertNothingChanged();
    }

    @Test
    void aContractsFileCutToTenPercentIsHeldByTheDefaultRemovedThreshold() {
        export.writeWithContractsCutTo(hr, 10);

        Result result = installation.run("sync", "-c", config.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("Import BLOCKED: source hr: 270 persons removed (gone, or without any "
                + "contract now) (of 300) reaches the threshold of 10%");
        assertNothingChanged();
    }

    private void assertNothingChanged() {
        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        assertThat(helloId.users()).hasSize(PERSONS).allMatch(SimulatedUser::enabled);
    }
}
