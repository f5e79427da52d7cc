package io.idbridge.engine.store;

import static io.idbridge.engine.store.StoreFixtures.T0;
import static io.idbridge.engine.store.StoreFixtures.action;
import static io.idbridge.engine.store.StoreFixtures.audit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run, action journal and audit half of the store contract, and the setup both halves share: each test gets an
 * empty database from the database's subclass.
 */
abstract class StateStoreJournalContractTest {
    /** Stamps newly journaled actions; one hour after the fixtures' instants. */
    protected static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);

    protected StateStore store;

    /** Empties this test's database (creating it if needed); it is opened next. */
    protected abstract void prepareEmptyDatabase() throws Exception;

    /** Opens (or opens again) this test's database with {@link #CLOCK}. */
    protected abstract StateStore openStore();

    @BeforeEach
    void openEmptyStore() throws Exception {
        prepareEmptyDatabase();
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void runIsStartedAndFinished() {
        long first = store.inTransaction(transaction -> transaction.startRun("import", T0));
        long second = store.inTransaction(transaction -> transaction.startRun("sync", T0.plusSeconds(10)));
        store.inTransaction(transaction -> {
            transaction.finishRun(first, RunStatus.PARTIAL, T0.plusSeconds(5), "{\"failed\":1}");
            return null;
        });

        assertThat(store.run(first)).contains(
                new RunRecord(first, "import", T0, T0.plusSeconds(5), RunStatus.PARTIAL, "{\"failed\":1}"));
        assertThat(store.run(second)).contains(
                new RunRecord(second, "sync", T0.plusSeconds(10), null, RunStatus.RUNNING, null));
        assertThat(store.runs(0)).extracting(RunRecord::id).containsExactly(second, first);
        assertThat(store.runs(1)).extracting(RunRecord::id).containsExactly(second);
        assertThat(store.run(second + 1000)).isEmpty();
    }

    @Test
    void finishingAnUnknownRunFails() {
        assertThatThrownBy(() -> store.inTransaction(transaction -> {
            transaction.finishRun(999, RunStatus.SUCCEEDED, T0, null);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
    }

    @Test
    void actionIsJournaledAndItsProgressRecorded() {
        long runId = store.inTransaction(transaction -> transaction.startRun("enforce", T0));
        NewAction grant = new NewAction(runId, 2, "helloid", "p1", "GRANT", "{\"group\":\"g1\"}", 1, ActionStatus.PLANNED);
        long actionId = store.inTransaction(transaction -> transaction.insertAction(grant));

        assertThat(store.action(actionId)).contains(new ActionRecord(actionId, runId, 2, "helloid", "p1", "GRANT",
                "{\"group\":\"g1\"}", 1, ActionStatus.PLANNED, 0, null, null, CLOCK.instant()));

        store.inTransaction(transaction -> {
            transaction.updateAction(actionId, ActionStatus.RUNNING, 1, null, null, T0.plusSeconds(1));
            transaction.updateAction(actionId, ActionStatus.FAILED, 1, null, "HTTP 503", T0.plusSeconds(2));
            return null;
        });

        assertThat(store.action(actionId)).hasValueSatisfying(action -> {
            assertThat(action.status()).isEqualTo(ActionStatus.FAILED);
            assertThat(action.attempts()).isEqualTo(1);
            assertThat(action.error()).isEqualTo("HTTP 503");
            assertThat(action.updatedAt()).isEqualTo(T0.plusSeconds(2));
        });
        assertThat(store.action(actionId + 1000)).isEmpty();
    }

    @Test
    void aTransactionRunningTheSameStatementsForManyActionsKeepsEachOnesValuesAndAFailedOneLeavesNothing() {
        long runId = store.inTransaction(transaction -> transaction.startRun("enforce", T0));
        List<Long> ids = store.inTransaction(transaction -> {
            List<Long> inserted = new ArrayList<>();
            for (int sequence = 1; sequence <= 5; sequence++) {
                inserted.add(transaction.insertAction(new NewAction(runId, sequence, "helloid", "p" + sequence,
                        "GRANT", "{}", null, ActionStatus.PLANNED)));
            }
            return inserted;
        });
        // as the journal writer commits the outcomes of several actions at once
        store.inTransaction(transaction -> {
            for (int index = 0; index < ids.size(); index++) {
                transaction.updateAction(ids.get(index), index % 2 == 0 ? ActionStatus.SUCCEEDED : ActionStatus.FAILED,
                        index + 1, index % 2 == 0 ? "{\"n\":" + index + "}" : null, index % 2 == 0 ? null : "e" + index,
                        T0.plusSeconds(index));
                transaction.appendAudit(audit(T0.plusSeconds(index), runId, "p" + (index + 1), "helloid"));
            }
            return null;
        });
        assertThatThrownBy(() -> store.inTransaction(transaction -> {
            transaction.updateAction(ids.get(0), ActionStatus.RUNNING, 9, null, null, T0);
            transaction.updateAction(777, ActionStatus.RUNNING, 9, null, null, T0);
            return null;
        })).isInstanceOf(IllegalArgumentException.class);

        for (int index = 0; index < ids.size(); index++) {
            int at = index;
            assertThat(store.action(ids.get(index))).hasValueSatisfying(action -> {
                assertThat(action.status()).isEqualTo(at % 2 == 0 ? ActionStatus.SUCCEEDED : ActionStatus.FAILED);
                assertThat(action.attempts()).isEqualTo(at + 1);
                assertThat(action.resultJson()).isEqualTo(at % 2 == 0 ? "{\"n\":" + at + "}" : null);
                assertThat(action.error()).isEqualTo(at % 2 == 0 ? null : "e" + at);
                assertThat(action.updatedAt()).isEqualTo(T0.plusSeconds(at));
            });
        }
        assertThat(store.audit(new AuditQuery(null, null, null, runId, 100))).hasSize(5);
        store.inTransaction(transaction -> {
            transaction.updateAction(ids.get(4), ActionStatus.SKIPPED, 7, null, null, T0);
            return null;
        });
        assertThat(store.action(ids.get(4))).hasValueSatisfying(action ->
                assertThat(action.status()).isEqualTo(ActionStatus.SKIPPED));
    }

    @Test
    void updatingAnUnknownActionFails() {
        assertThatThrownBy(() -> store.inTransaction(transaction -> {
            transaction.updateAction(777, ActionStatus.SUCCEEDED, 1, "{}", null, T0);
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("777");
    }

    @Test
    void actionOfAnUnknownRunIsRefused() {
        assertThatThrownBy(() -> store.inTransaction(transaction ->
                transaction.insertAction(action(31337, 1, "helloid", "p1", "CREATE"))))
                .isInstanceOf(StateStoreException.class);
        assertThat(store.actions(new ActionQuery(null, null, null, null, null))).isEmpty();
    }

    @Test
    void actionsAreQueriedByRunStatusTargetTypeAndPerson() {
        long firstRun = store.inTransaction(transaction -> transaction.startRun("enforce", T0));
        long secondRun = store.inTransaction(transaction -> transaction.startRun("enforce", T0));
        List<Long> ids = store.inTransaction(transaction -> List.of(
                transaction.insertAction(action(firstRun, 2, "helloid", "p1", "GRANT")),
                transaction.insertAction(action(firstRun, 1, "helloid", "p1", "CREATE")),
                transaction.insertAction(action(firstRun, 3, "topdesk", "p2", "CREATE")),
                transaction.insertAction(action(secondRun, 1, "helloid", "p2", "DISABLE"))));
        store.inTransaction(transaction -> {
            transaction.updateAction(ids.get(1), ActionStatus.SUCCEEDED, 1, "{}", null, T0);
            transaction.updateAction(ids.get(3), ActionStatus.HELD, 0, null, null, T0);
            return null;
        });

        assertThat(sequencesOf(ActionQuery.ofRun(firstRun))).containsExactly(1, 2, 3);
        assertThat(idsOf(ActionQuery.withStatus(statuses(ActionStatus.PLANNED, ActionStatus.HELD))))
                .containsExactly(ids.get(0), ids.get(2), ids.get(3));
        assertThat(idsOf(new ActionQuery(null, null, "helloid", null, null)))
                .containsExactly(ids.get(1), ids.get(0), ids.get(3));
        assertThat(idsOf(new ActionQuery(null, null, null, "CREATE", null))).containsExactly(ids.get(1), ids.get(2));
        assertThat(idsOf(new ActionQuery(null, null, null, null, "p2"))).containsExactly(ids.get(2), ids.get(3));
        assertThat(idsOf(new ActionQuery(firstRun, statuses(ActionStatus.PLANNED), "helloid", "GRANT", "p1")))
                .containsExactly(ids.get(0));
        assertThat(idsOf(ActionQuery.withStatus(Set.of()))).isEmpty();
    }

    @Test
    void auditIsFilteredByPersonTargetSinceRunAndLimit() {
        long runId = store.inTransaction(transaction -> transaction.startRun("enforce", T0));
        List<Long> ids = store.inTransaction(transaction -> List.of(
                transaction.appendAudit(audit(T0, runId, "p1", "helloid")),
                transaction.appendAudit(audit(T0.plusSeconds(10), runId, "p2", "helloid")),
                transaction.appendAudit(audit(T0.plusSeconds(20), null, "p1", "topdesk")),
                transaction.appendAudit(audit(T0.plusSeconds(30), runId, "p1", "helloid"))));

        assertThat(store.audit(AuditQuery.all())).extracting(AuditEntry::id).containsExactlyElementsOf(ids);
        assertThat(auditIds(new AuditQuery("p1", null, null, null, 0)))
                .containsExactly(ids.get(0), ids.get(2), ids.get(3));
        assertThat(auditIds(new AuditQuery(null, "topdesk", null, null, 0))).containsExactly(ids.get(2));
        assertThat(auditIds(new AuditQuery(null, null, T0.plusSeconds(10), null, 0)))
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(auditIds(new AuditQuery(null, null, null, runId, 0)))
                .containsExactly(ids.get(0), ids.get(1), ids.get(3));
        assertThat(auditIds(new AuditQuery("p1", "helloid", T0.plusSeconds(1), runId, 0))).containsExactly(ids.get(3));
        assertThat(auditIds(new AuditQuery(null, null, null, null, 2))).containsExactly(ids.get(0), ids.get(1));
    }

    @Test
    void auditEntryKeepsEveryField() {
        NewAuditEntry approval = new NewAuditEntry(T0, null, "p1", "helloid", "DELETE", null, "APPROVED",
                "approved by admin");
        long id = store.inTransaction(transaction -> transaction.appendAudit(approval));

        assertThat(store.audit(AuditQuery.all())).containsExactly(
                new AuditEntry(id, T0, null, "p1", "helloid", "DELETE", null, "APPROVED", "approved by admin"));
    }

    private List<Integer> sequencesOf(ActionQuery query) {
        return store.actions(query).stream().map(ActionRecord::sequence).toList();
    }

    /** Also checks that counting the query's actions agrees with reading them. */
    private List<Long> idsOf(ActionQuery query) {
        List<Long> ids = store.actions(query).stream().map(ActionRecord::id).toList();
        assertThat(store.countActions(query)).as("count of %s", query).isEqualTo(ids.size());
        return ids;
    }

    private List<Long> auditIds(AuditQuery query) {
        return store.audit(query).stream().map(AuditEntry::id).toList();
    }

    protected boolean reserve(String field, String value, String personId) {
        return store.inTransaction(transaction -> transaction.reserve("helloid", field, value, personId));
    }

    protected static Set<ActionStatus> statuses(ActionStatus... statuses) {
        return Set.of(statuses);
    }

    /** Runs every task on its own thread at once and returns their results in task order. */
    protected static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : executor.invokeAll(tasks, 60, TimeUnit.SECONDS)) {
                results.add(future.get());
            }
            return results;
        } finally {
            executor.shutdownNow();
        }
    }
}
