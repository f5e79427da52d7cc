package io.idbridge.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.distribution.JournalCheck.AuditLine;
import io.idbridge.engine.Engine;
import io.idbridge.engine.enforce.RunReport;
import io.idbridge.engine.progress.ProgressListener;
import io.idbridge.engine.store.ActionQuery;
import io.idbridge.engine.store.ActionRecord;
import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.AuditQuery;
import io.idbridge.engine.store.RunStatus;
import io.idbridge.sandbox.FailurePoint;
import io.idbridge.sandbox.RecordedRequest;
import io.idbridge.sandbox.helloid.HelloIdSimulator;
import io.idbridge.sandbox.helloid.SimulatedUser;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #5's safety properties with the engine in this JVM and the real HelloID connector against the simulator:
 * a bad source read changes nothing, a delete threshold holds exactly the deletes until approved, and transient
 * failures plus a rate limit neither lose nor repeat an action.
 */
class EnforcementSafetyIT {
    private static final String USERS_PATH = "/api/v1/users/";

    @TempDir
    Path directory;

    private HelloIdSimulator helloId;

    @BeforeEach
    void startHelloId() {
        helloId = new HelloIdSimulator().start();
        helloId.addGroup("All staff");
        helloId.addProduct("Laptop");
    }

    @AfterEach
    void stopHelloId() {
        helloId.close();
    }

    @Test
    void anEmptySourceOrOneFailingOnPageThreeOfFiveBlocksTheImportAndChangesNothing() {
        try (EngineWorld world = new EngineWorld(helloId, directory, Map.of(), 8)) {
            world.source.persons(100, world.clock.today());
            assertThat(world.engine().sync(ProgressListener.NONE).run().run().status()).isEqualTo(RunStatus.SUCCEEDED);
            assertThat(helloId.users()).hasSize(100).allMatch(SimulatedUser::enabled);
            world.clock.plusDays(1);
            helloId.requestLog().clear();

            world.source.clear();
            Engine.SyncResult empty = world.engine().sync(ProgressListener.NONE);

            assertThat(empty.imported().accepted()).isFalse();
            assertThat(empty.imported().reason()).contains("read no persons", "an empty read is never taken as everyone leaving");
            assertThat(empty.run()).isNull();
            assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();

            world.source.persons(100, world.clock.today().minusDays(1)).failOnPage(3);
            Engine.SyncResult broken = world.engine().sync(ProgressListener.NONE);

            assertThat(broken.imported().accepted()).isFalse();
            assertThat(broken.imported().reason()).contains("could not be read", "page 3 of 5");
            assertThat(broken.run()).isNull();
            assertThat(helloId.mutatingRequests()).as("requests that change HelloID").isEmpty();
            assertThat(helloId.users()).hasSize(100).allMatch(SimulatedUser::enabled);
            assertThat(world.engine().preview(ProgressListener.NONE).actions())
                    .as("the snapshot in force is still the full one").isEmpty();
        }
    }

    @Test
    void aDeleteThresholdOfFivePercentHoldsTwentyPercentDeletesRunsTheRestAndApprovalRunsExactlyThose() {
        try (EngineWorld world = new EngineWorld(helloId, directory, Map.of("delete", "5%"), 8)) {
            LocalDate firstDay = world.clock.today();
            world.source.persons(100, firstDay);
            assertThat(world.engine().sync(ProgressListener.NONE).run().run().status()).isEqualTo(RunStatus.SUCCEEDED);
            List<String> leavers = IntStream.range(0, 20).map(index -> index * 5).mapToObj(HrExport::id).toList();
            leavers.forEach(id -> world.source.leave(id, firstDay));
            world.clock.plusDays(1);
            RunReport disabling = world.engine().sync(ProgressListener.NONE).run();
            assertThat(disabling.count(ActionStatus.SUCCEEDED)).isPositive();
            Set<String> leaverGuids = helloId.users().stream()
                    .filter(user -> leavers.contains(String.valueOf(user.userAttributes().get("employeeId"))))
                    .peek(user -> assertThat(user.enabled()).as("%s disabled", user.userName()).isFalse())
                    .map(SimulatedUser::userGuid).collect(Collectors.toSet());
            assertThat(leaverGuids).hasSize(20);

            world.clock.plusDays(EngineWorld.DELETE_DAYS);
            world.source.rename(HrExport.id(1), "Renamed").rename(HrExport.id(2), "Renamed")
                    .person("39999", "New", "Starter", "ICT", world.clock.today().minusDays(1), null);
            helloId.requestLog().clear();
            RunReport held = world.engine().sync(ProgressListener.NONE).run();

            assertThat(held.held()).hasSize(20).extracting(ActionRecord::actionType).containsOnly("DELETE");
            assertThat(held.failed()).isEmpty();
            assertThat(calls(helloId.mutatingRequests())).as("everything else ran, no delete")
                    .contains("POST /api/v1/users", "PUT " + USERS_PATH)
                    .noneMatch(call -> call.startsWith("DELETE"));
            assertThat(helloId.users()).hasSize(101);

            helloId.requestLog().clear();
            List<RunReport> approved = world.engine().approve(new ActionQuery(null, null, "helloid", "DELETE", null),
                    Set.of(), "integration test", ProgressListener.NONE);

            assertThat(approved).hasSize(1);
            assertThat(approved.get(0).count(ActionStatus.SUCCEEDED)).isEqualTo(
                    held.count(ActionStatus.SUCCEEDED) + 20);
            assertThat(helloId.mutatingRequests()).as("exactly the held deletes")
                    .allMatch(request -> request.method().equals("DELETE") && request.status() == 200)
                    .extracting(request -> request.path().substring(USERS_PATH.length()))
                    .containsExactlyInAnyOrderElementsOf(leaverGuids);
            assertThat(helloId.deletedUsers()).extracting(SimulatedUser::userGuid)
                    .containsExactlyInAnyOrderElementsOf(leaverGuids);
        }
    }

    @Test
    void underTwentyPercentTransientFailuresAndARateLimitEveryActionEndsOnceSucceededOrFailedWithAReason()
            throws Exception {
        int persons = 150;
        ScheduledExecutorService flipper = Executors.newSingleThreadScheduledExecutor();
        try (EngineWorld world = new EngineWorld(helloId, directory, Map.of(), 8)) {
            world.source.persons(persons, world.clock.today());
            // low enough that eight unpaced requests in flight hit it even on a slow, busy machine
            helloId.faults().rateLimit(60);
            // a fifth of the requests fail, in turns before HelloID processed them and after (outcome unknown)
            AtomicLong turn = new AtomicLong();
            flipper.scheduleAtFixedRate(() -> {
                long next = turn.incrementAndGet();
                helloId.faults().failureRate(0.2, next, next % 2 == 0 ? FailurePoint.BEFORE_PROCESSING
                        : FailurePoint.AFTER_PROCESSING);
            }, 0, 200, TimeUnit.MILLISECONDS);

            long started = System.nanoTime();
            RunReport run = world.engine().sync(ProgressListener.NONE).run();
            flipper.shutdownNow();
            System.out.printf("sync of %d persons under faults: %d ms, %d requests, %d answered 429, %d answered 503%n",
                    persons, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                    helloId.requestLog().size(), helloId.requestLog().withStatus(429).size(),
                    helloId.requestLog().withStatus(503).size());
            helloId.faults().reset();

            List<ActionRecord> actions = world.store.actions(ActionQuery.ofRun(run.run().id()));
            JournalCheck.assertNothingLeftOpen(actions);
            List<AuditLine> audit = world.store.audit(AuditQuery.all()).stream().map(entry -> new AuditLine(
                    entry.runId(), entry.personId(), entry.target(), entry.action(), entry.outcome())).toList();
            JournalCheck.assertOneSuccessfulAuditLinePerSucceededAction(actions, audit);
            long createdOrCorrelated = actions.stream().filter(action -> action.actionType().equals("CREATE")
                    && action.status() == ActionStatus.SUCCEEDED).count();
            // a create that HelloID carried out but whose answer was lost may end FAILED after its retries; the
            // account then exists unlinked, never twice, and the next sync correlates it
            assertThat(SimulatorState.usersPerEmployeeId(helloId).values()).as("users per employee id")
                    .hasSizeBetween((int) createdOrCorrelated, persons).containsOnly(1L);
            assertThat(helloId.requestLog().withStatus(503)).as("injected failures").isNotEmpty();
            assertThat(helloId.requestLog().withStatus(429)).as("rate limited requests").isNotEmpty();
            assertEveryRateLimitedChangeWasRetriedOnlyAfterItsRetryAfter(helloId.requestLog().requests());
            assertThat(run.failed()).as("failed actions (each must carry its reason)")
                    .allSatisfy(action -> assertThat(action.error()).isNotBlank());

            RunReport after = world.engine().sync(ProgressListener.NONE).run();
            assertThat(after.failed()).as("a clean sync finishes what the faults left").isEmpty();
            assertThat(SimulatorState.usersPerEmployeeId(helloId).values()).as("users per employee id after")
                    .hasSize(persons).containsOnly(1L);
        } finally {
            flipper.shutdownNow();
        }
    }

    /**
     * The simulator answers 429 with {@code Retry-After: 1} (whole seconds, at least one). A retry of a change sends
     * the same method, path and body again, so the next identical request must come at least a second later.
     */
    private static void assertEveryRateLimitedChangeWasRetriedOnlyAfterItsRetryAfter(List<RecordedRequest> requests) {
        int checked = 0;
        for (int index = 0; index < requests.size(); index++) {
            RecordedRequest limited = requests.get(index);
            if (limited.status() != 429 || !limited.mutating()) {
                continue;
            }
            for (RecordedRequest later : requests.subList(index + 1, requests.size())) {
                if (later.method().equals(limited.method()) && later.target().equals(limited.target())
                        && later.body().equals(limited.body())) {
                    assertThat(Duration.between(limited.time(), later.time())).as("retry of %s", limited)
                            .isGreaterThanOrEqualTo(Duration.ofMillis(990));
                    checked++;
                    break;
                }
            }
        }
        assertThat(checked).as("rate limited changes that were retried").isPositive();
    }

    private static List<String> calls(List<RecordedRequest> requests) {
        return requests.stream().map(request -> request.method() + " " + (request.path().startsWith(USERS_PATH)
                ? USERS_PATH : request.path())).toList();
    }
}
