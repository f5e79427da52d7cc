package io.idbridge.engine;

import static io.idbridge.engine.fake.InMemorySource.contract;
import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.config.SourceThresholds;
import io.idbridge.engine.config.Threshold;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.plan.ActionType;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source and target thresholds, failed reads, approval and incremental evaluation. */
class EngineSafetyTest {
    @TempDir
    Path directory;
    private EngineHarness harness;

    @AfterEach
    void tearDown() {
        harness.close();
    }

    private void staff(int count) {
        for (int index = 1; index <= count; index++) {
            harness.source.person(String.valueOf(1000 + index), "Person" + index, "Family",
                    contract("C" + index, "2026-01-01", null, "HR"));
        }
    }

    @Test
    void emptySourceBlocksTheImportAndChangesNothing() {
        harness = new EngineHarness(directory);
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        harness.source.clear();
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).contains("read no persons", "an empty read is never taken as everyone leaving");
        assertThat(result.run()).isNull();
        assertThat(harness.target.mutatingCalls()).isEmpty();
        assertThat(engine.preview(ProgressListener.NONE).actions()).isEmpty();
    }

    @Test
    void contractsDroppingToNoneBlockTheImportWhateverTheThresholds() {
        harness = new EngineHarness(directory);
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        for (int index = 1; index <= 10; index++) {
            harness.source.person(String.valueOf(1000 + index), "Person" + index, "Family");
        }
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).isEqualTo("source hr read no contracts, while the snapshot in force "
                + "has 10 contracts from it: an empty read is never taken as everyone leaving; import blocked, "
                + "nothing changes in any target");
        assertThat(result.run()).isNull();
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void recordsThatAllFailToMapBlockTheImport() {
        harness = new EngineHarness(directory);
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        harness.source.clear();
        for (int index = 1; index <= 10; index++) {
            harness.source.raw(new io.idbridge.spi.source.SourcePerson(null, java.util.Map.of(),
                    List.of(contract("C" + index, "2026-01-01", null, "HR")), "row " + index));
        }
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).startsWith("source hr read no persons that could be mapped (10 records, all "
                + "blocked), while the snapshot in force has 10 persons from it");
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void departmentsDroppingToNoneBlockTheImport() {
        harness = new EngineHarness(directory);
        harness.source.department("HR", "Human resources", null);
        staff(3);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        harness.source.clearDepartments();
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).startsWith("source hr read no departments, while the snapshot in force"
                + " has 1 departments from it");
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void personsLosingEveryContractCountAsRemovedForTheThreshold() {
        harness = new EngineHarness(directory).sourceThresholds(
                new SourceThresholds(null, Threshold.parse("10%"), null));
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        // a contracts export cut short: only the first person keeps a contract
        for (int index = 2; index <= 10; index++) {
            harness.source.person(String.valueOf(1000 + index), "Person" + index, "Family");
        }
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).isEqualTo("source hr: 9 persons removed (gone, or without any "
                + "contract now) (of 10) reaches the threshold of 10%");
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void sourceFailingPartWayBlocksTheImportAndChangesNothing() {
        harness = new EngineHarness(directory);
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        harness.source.failAfter(6);
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().accepted()).isFalse();
        assertThat(result.imported().reason()).contains("could not be read", "page 3 answered 503");
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void removedThresholdBlocksTheWholeImport() {
        harness = new EngineHarness(directory).sourceThresholds(
                new SourceThresholds(null, Threshold.parse("10%"), null));
        staff(10);
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.target.clearCalls();

        harness.source.remove("1001").remove("1002");
        Engine.SyncResult result = engine.sync(ProgressListener.NONE);

        assertThat(result.imported().reason()).contains("2 persons removed", "(of 10)", "10%");
        assertThat(harness.target.mutatingCalls()).isEmpty();
    }

    @Test
    void crossedDeleteThresholdHoldsDeletesRunsTheRestAndApprovalRunsExactlyTheHeld() {
        harness = new EngineHarness(directory).targetThreshold("delete", "5%");
        staff(20);
        harness.source.person("1001", "Person1", "Family", contract("C1", "2026-01-01", "2026-11-25", "HR"))
                .person("1002", "Person2", "Family", contract("C2", "2026-01-01", "2026-11-25", "HR"));
        harness.clock.setDay(LocalDate.of(2026, 11, 20));
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);
        harness.clock.setDay(LocalDate.of(2026, 11, 30));
        engine.sync(ProgressListener.NONE);
        harness.clock.setDay(LocalDate.of(2027, 1, 5));
        harness.source.person("1003", "Renamed", "Family", contract("C3", "2026-01-01", null, "HR"));
        harness.target.clearCalls();

        RunReport run = engine.sync(ProgressListener.NONE).run();

        assertThat(run.held()).hasSize(2).allMatch(action -> action.actionType().equals("DELETE"));
        assertThat(harness.target.mutatingCalls()).containsExactly("update person3.family@example.org [firstName]");
        harness.target.clearCalls();

        List<RunReport> approved = engine.approve(new ActionQuery(run.run().id(), null, null, "DELETE", null), Set.of(),
                "ingrid", ProgressListener.NONE);

        assertThat(approved).singleElement().satisfies(report -> assertThat(report.held()).isEmpty());
        assertThat(harness.target.mutatingCalls()).hasSize(2).allMatch(call -> call.startsWith("delete "));
        assertThat(harness.store.actions(new ActionQuery(run.run().id(), Set.of(ActionStatus.SUCCEEDED), null,
                "DELETE", null))).hasSize(2);
    }

    @Test
    void personWithAFailedActionIsEvaluatedAgain() {
        harness = new EngineHarness(directory);
        staff(3);
        harness.target.rejectCreates(true);
        Engine engine = harness.engine();
        assertThat(engine.sync(ProgressListener.NONE).run().failed()).hasSize(3)
                .allSatisfy(action -> assertThat(action.error()).contains("create rejected by the target"));
        harness.target.rejectCreates(false);

        Engine.SyncResult retry = engine.sync(ProgressListener.NONE);

        assertThat(retry.plan().evaluatedPersons()).isEqualTo(3);
        assertThat(retry.run().failed()).isEmpty();
        assertThat(harness.target.accounts()).hasSize(3);
    }

    @Test
    void aSecondRunOnTheSameStoreIsRefusedWhileOneIsGoing() {
        harness = new EngineHarness(directory);
        staff(2);
        Engine engine = harness.engine();

        try (io.idbridge.engine.store.RunLock running = harness.store.acquireRunLock()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.sync(ProgressListener.NONE))
                    .hasMessageContaining("another IdBridge run is using this state store");
        }
        assertThat(harness.target.mutatingCalls()).isEmpty();
        assertThat(engine.sync(ProgressListener.NONE).run().failed()).isEmpty();
    }

    @Test
    void rejectedActionsDoNotRun() {
        harness = new EngineHarness(directory).targetThreshold("create", "3");
        staff(5);
        Engine engine = harness.engine();
        RunReport run = engine.sync(ProgressListener.NONE).run();
        assertThat(run.held()).hasSize(5);

        int rejected = engine.reject(new ActionQuery(run.run().id(), null, null, null, "1001"), Set.of(), "ingrid");

        assertThat(rejected).isEqualTo(1);
        assertThat(harness.target.accounts()).isEmpty();
        assertThat(engine.report(run.run().id()).held()).hasSize(4);
    }

    @Test
    void unchangedPersonsAreNotEvaluatedAgainUntilADateComes() {
        harness = new EngineHarness(directory);
        staff(5);
        harness.source.person("2001", "Future", "Starter", contract("F1", "2026-12-20", null, "HR"));
        Engine engine = harness.engine();
        engine.sync(ProgressListener.NONE);

        assertThat(engine.sync(ProgressListener.NONE).plan().evaluatedPersons()).isZero();
        assertThat(engine.preview(true, ProgressListener.NONE).evaluatedPersons()).isEqualTo(6);

        harness.source.person("1001", "Renamed", "Family", contract("C1", "2026-01-01", null, "HR"));
        assertThat(engine.sync(ProgressListener.NONE).plan().evaluatedPersons()).isEqualTo(1);
        assertThat(engine.preview(ProgressListener.NONE).evaluatedPersons()).isZero();

        harness.clock.setDay(LocalDate.of(2026, 12, 6));
        assertThat(engine.preview(ProgressListener.NONE).actions()).extracting(action -> action.type())
                .contains(ActionType.CREATE);
    }
}
