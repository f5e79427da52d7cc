package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.Installation.Result;
import io.idbridge.distribution.Installation.Running;
import io.idbridge.distribution.JournalCheck.AuditLine;
import io.idbridge.engine.model.Json;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5's crash test: {@code bin/idbridge sync} of {@value #PERSONS} persons into a HelloID simulator, killed with
 * SIGKILL at {@value #KILLS} random points, each time finished by the next {@code sync}, must leave HelloID exactly as
 * one uninterrupted sync does, with no duplicate user and one successful audit entry per action.
 *
 * <p>The kills share one sequence (kill, next sync resumes and is killed later, ...) to keep the test short; the kill
 * points are cumulative counts of mutating requests the simulator has received, drawn from a seeded random, so a
 * kill lands anywhere in enforcement, including between a request reaching HelloID and its outcome being journaled.
 */
class CrashRecoveryIT {
    static final int PERSONS = 300;
    static final int KILLS = 20;
    static final long SEED = 20_260_505L;

    @TempDir
    Path directory;

    @Test
    void aSyncKilledAtTwentyRandomPointsEndsExactlyAsAnUninterruptedSync() throws Exception {
        Installation installation = Installation.copyInto(directory.resolve("idbridge"));
        HrExport export = HrExport.of(PERSONS, LocalDate.now(ZoneOffset.UTC));
        try (HelloIdSimulator uninterrupted = SyncConfiguration.seededHelloId();
             HelloIdSimulator killed = SyncConfiguration.seededHelloId()) {
            Path referenceConfig = SyncConfiguration.write(directory.resolve("reference"), export, uninterrupted);
            Result reference = installation.run("sync", "-c", referenceConfig.toString());
            assertThat(reference.exitCode()).as(reference.output()).isZero();
            int mutatingRequests = uninterrupted.mutatingRequests().size();
            assertThat(uninterrupted.users()).hasSize(PERSONS);

            Path config = SyncConfiguration.write(directory.resolve("killed"), export, killed);
            killBeforeAnythingIsJournaled(installation, config, killed);
            int outcomeUnknown = 0;
            for (int killPoint : killPoints(mutatingRequests)) {
                Running sync = installation.start("sync", "-c", config.toString());
                boolean reached = sync.waitUntil(() -> killed.mutatingRequests().size() >= killPoint);
                assertThat(reached).as("sync still running at kill point %d:%n%s", killPoint, sync.output()).isTrue();
                sync.kill();
                outcomeUnknown += actionsInStatus(ActionStatus.RUNNING);
            }
            assertThat(outcomeUnknown).as("actions cut off while running, over all kills").isPositive();
            Result finishing = installation.run("sync", "-c", config.toString());
            assertThat(finishing.exitCode()).as(finishing.output()).isZero();
            assertThat(finishing.output()).contains("Finished an interrupted run");

            int afterFinish = killed.mutatingRequests().size();
            Result again = installation.run("sync", "-c", config.toString());
            assertThat(again.exitCode()).as(again.output()).isZero();
            assertThat(killed.mutatingRequests()).as("a further sync changes nothing").hasSize(afterFinish);

            assertThat(SimulatorState.usersPerEmployeeId(killed).values()).as("users per employee id")
                    .hasSize(PERSONS).containsOnly(1L);
            assertThat(SimulatorState.of(killed)).isEqualTo(SimulatorState.of(uninterrupted));
            assertJournalAndAudit(installation, config, directory.resolve("killed"));
        }
    }

    /** Kills a sync while it is reading the target to plan: no action journaled, nothing sent, nothing left. */
    private void killBeforeAnythingIsJournaled(Installation installation, Path config, HelloIdSimulator helloId)
            throws Exception {
        Running sync = installation.start("sync", "-c", config.toString());
        boolean planning = sync.waitUntil(() -> helloId.requestLog().size() > 0);
        assertThat(planning).as("sync started planning:%n%s", sync.output()).isTrue();
        assertThat(sync.process().info().command()).as("bin/idbridge execs java, so the kill hits the JVM itself")
                .hasValueSatisfying(command -> assertThat(Path.of(command).getFileName()).hasToString("java"));
        sync.kill();

        assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
        try (StateStore store = StateStores.open(stateUrl(directory.resolve("killed")))) {
            assertThat(store.actions(new ActionQuery(null, null, null, null, null))).as("journaled actions").isEmpty();
            assertThat(store.runs(10)).as("runs").isEmpty();
        }
    }

    private int actionsInStatus(ActionStatus status) {
        try (StateStore store = StateStores.open(stateUrl(directory.resolve("killed")))) {
            return store.actions(ActionQuery.withStatus(java.util.Set.of(status))).size();
        }
    }

    private void assertJournalAndAudit(Installation installation, Path config, Path data) {
        Result audit = installation.run("audit", "-c", config.toString(), "--json");
        assertThat(audit.exitCode()).as(audit.output()).isZero();
        List<AuditLine> lines = audit.output().lines().filter(line -> line.startsWith("{")).map(line -> {
            Map<String, Object> entry = Json.readMap(line);
            return new AuditLine(entry.get("runId") == null ? null : ((Number) entry.get("runId")).longValue(),
                    (String) entry.get("personId"), (String) entry.get("target"), (String) entry.get("action"),
                    (String) entry.get("outcome"));
        }).toList();
        try (StateStore store = StateStores.open(stateUrl(data))) {
            List<ActionRecord> actions = store.actions(new ActionQuery(null, null, null, null, null));
            JournalCheck.assertNothingLeftOpen(actions);
            assertThat(actions).extracting(ActionRecord::status).containsOnly(ActionStatus.SUCCEEDED);
            JournalCheck.assertOneSuccessfulAuditLinePerSucceededAction(actions, lines);
        }
    }

    /** {@value #KILLS} distinct cumulative mutating-request counts within the first 95 % of an uninterrupted sync. */
    private static List<Integer> killPoints(int mutatingRequests) {
        Random random = new Random(SEED);
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < KILLS) {
            points.add(1 + random.nextInt(mutatingRequests * 95 / 100));
        }
        return List.copyOf(points);
    }

    private static String stateUrl(Path data) {
        return "jdbc:sqlite:" + data.resolve("idbridge.db").toAbsolutePath();
    }
}
