package io.idbridge.engine.store;

import static io.idbridge.engine.store.StoreFixtures.T0;
import static io.idbridge.engine.store.StoreFixtures.action;
import static io.idbridge.engine.store.StoreFixtures.audit;
import static io.idbridge.engine.store.StoreFixtures.disabledAccount;
import static io.idbridge.engine.store.StoreFixtures.enabledAccount;
import static io.idbridge.engine.store.StoreFixtures.permission;
import static io.idbridge.engine.store.StoreFixtures.person;
import static io.idbridge.engine.store.StoreFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What every {@link StateStore} must do: transactions, snapshots, accounts, permissions, reservations, concurrency
 * and durability. The journal, run and audit half is in {@link StateStoreJournalContractTest}; each database has one
 * subclass of this class that gives every test an empty database.
 */
abstract class StateStoreContractTest extends StateStoreJournalContractTest {
    /** The JDBC URL of a new, empty database (or schema) of this kind, for a test that builds an older schema in it. */
    protected abstract String newDatabaseUrl() throws Exception;

    /** Where this kind's schema migrations are. */
    protected abstract String migrationLocation();

    @Test
    void transactionCommitsWhenWorkReturns() {
        long runId = store.inTransaction(transaction -> {
            long id = transaction.startRun("import", T0);
            transaction.putAccount(enabledAccount("helloid", "p1"));
            return id;
        });

        assertThat(store.run(runId)).map(RunRecord::kind).contains("import");
        assertThat(store.account("helloid", "p1")).contains(enabledAccount("helloid", "p1"));
    }

    @Test
    void throwInsideTransactionLeavesNothing() {
        IllegalStateException failure = new IllegalStateException("connector exploded");

        assertThatThrownBy(() -> store.inTransaction(transaction -> {
            transaction.startRun("enforce", T0);
            transaction.putAccount(enabledAccount("helloid", "p1"));
            transaction.reserve("helloid", "username", "jdoe", "p1");
            transaction.appendAudit(audit(T0, null, "p1", "helloid"));
            throw failure;
        })).isSameAs(failure);

        assertThat(store.runs(0)).isEmpty();
        assertThat(store.account("helloid", "p1")).isEmpty();
        assertThat(store.reservationOwner("helloid", "username", "jdoe")).isEmpty();
        assertThat(store.audit(AuditQuery.all())).isEmpty();
    }

    @Test
    void failedStatementRollsBackTheEarlierWritesOfItsTransaction() {
        assertThatThrownBy(() -> store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "p1"));
            return transaction.insertAction(action(424242, 1, "helloid", "p1", "CREATE"));
        })).isInstanceOf(StateStoreException.class);

        assertThat(store.account("helloid", "p1")).isEmpty();
        store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "p2"));
            return null;
        });
        assertThat(store.accounts("helloid")).extracting(AccountState::personId).containsExactly("p2");
    }

    @Test
    void transactionCannotBeUsedAfterItEnds() {
        StateTransaction leaked = store.inTransaction(transaction -> transaction);

        assertThatThrownBy(() -> leaked.startRun("import", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nestedTransactionOnTheSameThreadIsRefused() {
        assertThatThrownBy(() -> store.inTransaction(outer -> store.inTransaction(inner -> 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readInsideTransactionSeesItsOwnWrites() {
        Boolean seen = store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "p1"));
            return store.account("helloid", "p1").isPresent();
        });

        assertThat(seen).isTrue();
    }

    @Test
    void snapshotRoundTripKeepsPersonsInIdOrderAndBlockedRecordsInSourceOrder() {
        List<BlockedRecord> blocked = List.of(new BlockedRecord("afas", "row 7", "E7", "no department"),
                new BlockedRecord("afas", "row 2", null, "no external id"));
        NewSnapshot written = snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E3"), person("E1"), person("E2")),
                blocked);

        long snapshotId = store.inTransaction(transaction -> transaction.insertSnapshot(written));

        assertThat(store.snapshot(snapshotId)).contains(
                new SnapshotInfo(snapshotId, T0, SnapshotStatus.ACCEPTED, null, 3, 2, "{\"added\":3}",
                        "{\"hr\":{\"persons\":3}}"));
        assertThat(store.persons(snapshotId)).containsExactly(person("E1"), person("E2"), person("E3"));
        assertThat(store.blockedRecords(snapshotId)).containsExactlyElementsOf(blocked);
    }

    @Test
    void latestSnapshotDistinguishesAcceptedFromBlocked() {
        assertThat(store.latestSnapshot(false)).isEmpty();
        long accepted = store.inTransaction(transaction ->
                transaction.insertSnapshot(snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E1")), List.of())));
        long blocked = store.inTransaction(transaction ->
                transaction.insertSnapshot(snapshot(store, SnapshotStatus.BLOCKED, List.of(), List.of())));

        assertThat(store.latestSnapshot(false)).map(SnapshotInfo::id).contains(blocked);
        assertThat(store.latestSnapshot(false)).map(SnapshotInfo::reason).contains("too many persons disappeared");
        assertThat(store.latestSnapshot(true)).map(SnapshotInfo::id).contains(accepted);
        assertThat(store.snapshot(blocked + 1000)).isEmpty();
        assertThat(store.persons(blocked)).isEmpty();
    }

    @Test
    void everySnapshotKeepsThePersonsItWasStoredWithWhileOnlyChangesAreWritten() {
        StoredPerson changedE2 = new StoredPerson("E2", "{\"id\":\"E2\",\"v\":2}", "hash-E2-v2", "source-E2-v2");
        long first = store.inTransaction(transaction -> transaction.insertSnapshot(
                snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E1"), person("E2"), person("E3")), List.of())));
        long second = store.inTransaction(transaction -> transaction.insertSnapshot(StoreFixtures.changes(store,
                SnapshotStatus.ACCEPTED, List.of(changedE2, person("E4")), List.of("E3"), List.of())));
        long blocked = store.inTransaction(transaction -> transaction.insertSnapshot(
                snapshot(store, SnapshotStatus.BLOCKED, List.of(), List.of())));
        long unchanged = store.inTransaction(transaction -> transaction.insertSnapshot(
                snapshot(store, SnapshotStatus.ACCEPTED, List.of(), List.of())));

        assertThat(store.persons(first)).containsExactly(person("E1"), person("E2"), person("E3"));
        assertThat(store.persons(second)).containsExactly(person("E1"), changedE2, person("E4"));
        assertThat(store.persons(blocked)).isEmpty();
        assertThat(store.persons(unchanged)).containsExactly(person("E1"), changedE2, person("E4"));
        assertThat(store.snapshot(first)).map(SnapshotInfo::personCount).contains(3);
        assertThat(store.snapshot(second)).map(SnapshotInfo::personCount).contains(3);
        assertThat(store.snapshot(unchanged)).map(SnapshotInfo::personCount).contains(3);
        assertThat(store.personVersions(unchanged)).containsExactly(person("E1").version(), changedE2.version(),
                person("E4").version());
        assertThat(store.persons(unchanged, List.of("E4", "E3", "E2", "nobody"))).containsExactly(changedE2,
                person("E4"));
        assertThat(store.persons(first, List.of("E3", "E2"))).containsExactly(person("E2"), person("E3"));
        assertThat(store.persons(blocked, List.of("E1"))).isEmpty();
    }

    @Test
    void chosenPersonsAreReadBeyondOneStatementsWorthOfIds() {
        List<StoredPerson> many = new ArrayList<>();
        for (int index = 0; index < 1_234; index++) {
            many.add(person(String.format("E%05d", index)));
        }
        long snapshotId = store.inTransaction(transaction -> transaction.insertSnapshot(
                snapshot(store, SnapshotStatus.ACCEPTED, many, List.of())));

        List<String> everyOther = many.stream().map(StoredPerson::externalId).filter(id -> id.hashCode() % 2 == 0)
                .toList();
        assertThat(store.persons(snapshotId, everyOther)).extracting(StoredPerson::externalId)
                .containsExactlyElementsOf(everyOther);
    }

    @Test
    void personsStoredPerSnapshotBeforeVersion7KeepTheirSnapshotsAfterTheMigration() throws Exception {
        store.close();
        String old = newDatabaseUrl();
        Flyway.configure(getClass().getClassLoader()).dataSource(old, null, null).locations(migrationLocation())
                .target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection(old);
             Statement statement = connection.createStatement()) {
            for (String status : List.of("ACCEPTED", "BLOCKED", "ACCEPTED")) {
                statement.executeUpdate("INSERT INTO snapshots (taken_at, status, person_count, blocked_count)"
                        + " VALUES ('2025-03-01T08:00:00.000000Z', '" + status + "', 0, 0)");
            }
            statement.executeUpdate("INSERT INTO snapshot_persons (snapshot_id, external_id, json, hash, source_hash)"
                    + " VALUES (1, 'E1', '{\"v\":1}', 'h1', 's1'), (1, 'E2', '{}', 'h2', NULL),"
                    + " (3, 'E1', '{\"v\":2}', 'h1b', 's1b')");
        }

        store = StateStores.open(old, null, null, CLOCK);

        StoredPerson firstE1 = new StoredPerson("E1", "{\"v\":1}", "h1", "s1");
        StoredPerson secondE1 = new StoredPerson("E1", "{\"v\":2}", "h1b", "s1b");
        assertThat(store.persons(1)).containsExactly(firstE1, new StoredPerson("E2", "{}", "h2", null));
        assertThat(store.persons(2)).isEmpty();
        assertThat(store.persons(3)).containsExactly(secondE1);
        long next = store.inTransaction(transaction -> transaction.insertSnapshot(StoreFixtures.changes(store,
                SnapshotStatus.ACCEPTED, List.of(StoreFixtures.person("E3")), List.of("E1"), List.of())));
        assertThat(store.persons(next)).containsExactly(StoreFixtures.person("E3"));
        assertThat(store.persons(3)).containsExactly(secondE1);
        assertThat(store.persons(1)).contains(firstE1);
    }

    @Test
    void changesMadeAgainstAnotherSnapshotThanTheOneInForceAreRefused() {
        NewSnapshot madeEarly = snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E1")), List.of());
        store.inTransaction(transaction -> transaction.insertSnapshot(
                snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E9")), List.of())));

        assertThatThrownBy(() -> store.inTransaction(transaction -> transaction.insertSnapshot(madeEarly)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("was accepted after");
        assertThat(store.latestSnapshot(false)).map(SnapshotInfo::personCount).contains(1);
        assertThat(store.persons(store.latestSnapshot(true).orElseThrow().id())).containsExactly(person("E9"));
    }

    @Test
    void accountIsPutReplacedAndRemoved() {
        LocalDate disabledOn = LocalDate.of(2025, 2, 28);
        store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "p2"));
            transaction.putAccount(enabledAccount("helloid", "p1"));
            transaction.putAccount(enabledAccount("topdesk", "p1"));
            return null;
        });
        store.inTransaction(transaction -> {
            transaction.putAccount(disabledAccount("helloid", "p1", disabledOn));
            return null;
        });

        assertThat(store.account("helloid", "p1")).contains(disabledAccount("helloid", "p1", disabledOn));
        assertThat(store.accounts("helloid")).extracting(AccountState::personId).containsExactly("p1", "p2");

        store.inTransaction(transaction -> {
            transaction.removeAccount("helloid", "p1");
            transaction.removeAccount("helloid", "never-there");
            return null;
        });
        assertThat(store.account("helloid", "p1")).isEmpty();
        assertThat(store.account("topdesk", "p1")).contains(enabledAccount("topdesk", "p1"));
    }

    @Test
    void accountWithoutReferenceYetIsStored() {
        AccountState planned = new AccountState("helloid", "p1", null, "{}", AccountLifecycle.CREATED, null, T0);
        store.inTransaction(transaction -> {
            transaction.putAccount(planned);
            return null;
        });

        assertThat(store.account("helloid", "p1")).contains(planned);
    }

    @Test
    void grantingTwiceIsIdempotentAndRevokingAnAbsentPermissionIsFine() {
        store.inTransaction(transaction -> {
            transaction.grantPermission(permission("helloid", "p1", "group", "g2"));
            transaction.grantPermission(permission("helloid", "p1", "group", "g1"));
            transaction.grantPermission(permission("helloid", "p1", "group", "g1"));
            transaction.grantPermission(permission("helloid", "p1", "application", "a9"));
            transaction.grantPermission(permission("helloid", "p0", "group", "g1"));
            return null;
        });
        store.inTransaction(transaction -> {
            transaction.revokePermission("helloid", "p1", "group", "g2");
            transaction.revokePermission("helloid", "p1", "group", "never-granted");
            return null;
        });

        assertThat(store.permissions("helloid", "p1")).containsExactly(permission("helloid", "p1", "application", "a9"),
                permission("helloid", "p1", "group", "g1"));
        assertThat(store.permissions("helloid")).extracting(GrantedPermission::personId, GrantedPermission::permissionId)
                .containsExactly(tuple("p0", "g1"), tuple("p1", "a9"), tuple("p1", "g1"));
        assertThat(store.permissions("topdesk")).isEmpty();
    }

    @Test
    void reservedValueCannotBeTakenByAnotherPerson() {
        assertThat(reserve("username", "jdoe", "p1")).isTrue();
        assertThat(reserve("username", "jdoe", "p2")).isFalse();
        assertThat(reserve("username", "jdoe", "p1")).isTrue();
        assertThat(store.reservationOwner("helloid", "username", "jdoe")).contains("p1");
        assertThat(store.reservationOwner("topdesk", "username", "jdoe")).isEmpty();

        store.inTransaction(transaction -> {
            transaction.releaseReservations("helloid", "p1");
            return null;
        });

        assertThat(store.reservationOwner("helloid", "username", "jdoe")).isEmpty();
        assertThat(reserve("username", "jdoe", "p2")).isTrue();
    }

    @Test
    void reservingAnotherValueOfTheSameFieldFreesThePreviousOne() {
        reserve("username", "jdoe", "p1");
        reserve("mail", "jdoe@example.org", "p1");
        reserve("username", "john.doe", "p1");

        assertThat(store.reservations("helloid", "p1"))
                .isEqualTo(Map.of("mail", "jdoe@example.org", "username", "john.doe"));
        assertThat(store.reservationOwner("helloid", "username", "jdoe")).isEmpty();
        reserve("username", "JDoe", "p2");
        assertThat(store.reservationOwners("helloid", "username")).isEqualTo(Map.of("john.doe", "p1", "JDoe", "p2"));
        assertThat(store.reservationOwners("helloid", "mail")).isEqualTo(Map.of("jdoe@example.org", "p1"));
        assertThat(store.reservationOwners("topdesk", "username")).isEmpty();
    }

    @Test
    void concurrentTransactionsFromSeveralThreadsLoseNoWrites() throws Exception {
        int threads = 6;
        int transactionsPerThread = 20;
        List<Callable<Void>> writers = new ArrayList<>();
        for (int thread = 0; thread < threads; thread++) {
            String personPrefix = "t" + thread + "-";
            writers.add(() -> {
                for (int index = 0; index < transactionsPerThread; index++) {
                    String personId = personPrefix + index;
                    store.inTransaction(transaction -> {
                        transaction.putAccount(enabledAccount("helloid", personId));
                        return transaction.appendAudit(audit(T0, null, personId, "helloid"));
                    });
                }
                return null;
            });
        }

        runAll(writers);

        assertThat(store.accounts("helloid")).hasSize(threads * transactionsPerThread);
        assertThat(store.audit(AuditQuery.all())).hasSize(threads * transactionsPerThread);
    }

    @Test
    void concurrentReservationsOfOneValueHaveExactlyOneWinner() throws Exception {
        List<Callable<Boolean>> contenders = new ArrayList<>();
        for (int contender = 0; contender < 6; contender++) {
            String personId = "p" + contender;
            contenders.add(() -> reserve("username", "jdoe", personId));
        }

        List<Boolean> outcomes = runAll(contenders);

        assertThat(outcomes).containsOnlyOnce(true);
        String winner = "p" + outcomes.indexOf(true);
        assertThat(store.reservationOwner("helloid", "username", "jdoe")).contains(winner);
    }

    @Test
    void reopeningTheStoreKeepsItsData() {
        long snapshotId = store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "p1"));
            return transaction.insertSnapshot(snapshot(store, SnapshotStatus.ACCEPTED, List.of(person("E1")), List.of()));
        });
        store.close();

        store = openStore();

        assertThat(store.account("helloid", "p1")).contains(enabledAccount("helloid", "p1"));
        assertThat(store.persons(snapshotId)).containsExactly(person("E1"));
        long next = store.inTransaction(transaction ->
                transaction.insertSnapshot(snapshot(store, SnapshotStatus.ACCEPTED, List.of(), List.of())));
        assertThat(next).isGreaterThan(snapshotId);
    }

    @Test
    void nonAsciiTextSurvives() {
        String name = "Zoë Ångström-Çelik 山田太郎 🎉 \"quoted\" \\ back";
        StoredPerson stored = new StoredPerson("É-1", "{\"name\":\"" + name + "\"}", "ħash");
        AccountState account = new AccountState("helloid", "É-1", null, "{\"displayName\":\"" + name + "\"}",
                AccountLifecycle.ENABLED, null, T0);
        long snapshotId = store.inTransaction(transaction -> {
            transaction.putAccount(account);
            transaction.reserve("helloid", "username", "zoë.ångström", "É-1");
            return transaction.insertSnapshot(snapshot(store, SnapshotStatus.ACCEPTED, List.of(stored), List.of()));
        });

        assertThat(store.persons(snapshotId)).containsExactly(stored);
        assertThat(store.account("helloid", "É-1")).contains(account);
        assertThat(store.reservationOwner("helloid", "username", "zoë.ångström")).contains("É-1");
    }

    @Test
    void instantsReadBackEqualToTheMicrosecond() {
        Instant withNanos = Instant.parse("2025-03-01T08:00:00.123456789Z");
        long entryId = store.inTransaction(transaction -> transaction.appendAudit(audit(withNanos, null, "p1", "t")));

        assertThat(store.audit(AuditQuery.all())).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(entryId);
            assertThat(entry.at()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123456Z"));
        });
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();

        assertThatThrownBy(() -> store.inTransaction(transaction -> transaction.startRun("import", T0)))
                .isInstanceOf(StateStoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.runs(1)).isInstanceOf(StateStoreException.class);
        store = openStore();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    @Test
    void evaluationMarksAreReplacedAndCleared() {
        store.inTransaction(transaction -> {
            transaction.putEvaluationMark(new EvaluationMark("1001", "h1", "c1", null, LocalDate.of(2026, 12, 1)));
            transaction.putEvaluationMark(new EvaluationMark("1002", "h2", "c1", "1001", null));
            transaction.putEvaluationMark(new EvaluationMark("1001", "h1b", "c2", "1003", LocalDate.of(2027, 1, 1)));
            return null;
        });
        store.inTransaction(transaction -> {
            transaction.clearEvaluationMark("1002");
            transaction.clearEvaluationMark("no such person");
            return null;
        });

        assertThat(store.evaluationMarks()).containsOnlyKeys("1001");
        assertThat(store.evaluationMarks().get("1001"))
                .isEqualTo(new EvaluationMark("1001", "h1b", "c2", "1003", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void personsWhoseMarkDoesNotHoldAreTheOnesToEvaluate() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        long first = store.inTransaction(transaction -> transaction.insertSnapshot(snapshot(store,
                SnapshotStatus.ACCEPTED, List.of(person("E1"), person("E2"), person("E3"), person("E4"),
                        person("E5"), person("E6")), List.of())));
        store.inTransaction(transaction -> {
            transaction.putEvaluationMark(new EvaluationMark("E1", "hash-E1", "config", null, null));
            transaction.putEvaluationMark(new EvaluationMark("E2", "hash-E2", "config", null, today.plusDays(1)));
            transaction.putEvaluationMark(new EvaluationMark("E3", "hash-E3", "config", null, today));
            transaction.putEvaluationMark(new EvaluationMark("E4", "hash-E4-old", "config", null, null));
            transaction.putEvaluationMark(new EvaluationMark("E5", "hash-E5", "other config", null, null));
            return null;
        });
        // E1 changes in the next snapshot; E2 is removed from it
        long second = store.inTransaction(transaction -> transaction.insertSnapshot(StoreFixtures.changes(store,
                SnapshotStatus.ACCEPTED, List.of(new StoredPerson("E1", "{}", "hash-E1-v2", null)), List.of("E2"),
                List.of())));

        // E3 is due today, E4 was marked with other data, E5 with another configuration, E6 has no mark
        assertThat(store.unmarkedPersons(first, "config", today)).containsExactly("E3", "E4", "E5", "E6");
        assertThat(store.unmarkedPersons(second, "config", today)).containsExactly("E1", "E3", "E4", "E5", "E6");
        assertThat(store.unmarkedPersons(first, "config", today.minusDays(1))).containsExactly("E4", "E5", "E6");
    }

    @Test
    void changingAManagersAccountDropsTheMarksOfTheirStaff() {
        AccountState manager = enabledAccount("helloid", "M");
        store.inTransaction(transaction -> {
            transaction.putEvaluationMark(new EvaluationMark("S1", "h", "c", "M", null));
            transaction.putEvaluationMark(new EvaluationMark("S2", "h", "c", "M", null));
            transaction.putEvaluationMark(new EvaluationMark("O", "h", "c", "other manager", null));
            transaction.putEvaluationMark(new EvaluationMark("M", "h", "c", null, null));
            return null;
        });
        java.util.function.Consumer<AccountState> put = account -> store.inTransaction(transaction -> {
            transaction.putAccount(account);
            return null;
        });
        java.util.function.Supplier<java.util.Set<String>> marked = () -> store.evaluationMarks().keySet();
        Runnable markStaff = () -> store.inTransaction(transaction -> {
            transaction.putEvaluationMark(new EvaluationMark("S1", "h", "c", "M", null));
            return null;
        });

        put.accept(manager);
        assertThat(marked.get()).as("the manager's account is created").containsOnly("O", "M");
        markStaff.run();
        put.accept(new AccountState("helloid", "M", manager.refJson(), "{\"title\":\"Head\"}",
                AccountLifecycle.ENABLED, null, T0.plusSeconds(1)));
        assertThat(marked.get()).as("only the manager's data changed").containsOnly("S1", "O", "M");
        put.accept(disabledAccount("helloid", "M", LocalDate.of(2026, 12, 7)));
        assertThat(marked.get()).as("the manager's account is disabled").containsOnly("O", "M");
        markStaff.run();
        put.accept(new AccountState("helloid", "M", "{\"id\":\"new-ref\"}", "{}", AccountLifecycle.DISABLED,
                LocalDate.of(2026, 12, 7), T0.plusSeconds(2)));
        assertThat(marked.get()).as("the manager's account is another one now").containsOnly("O", "M");
        markStaff.run();
        store.inTransaction(transaction -> {
            transaction.removeAccount("helloid", "M");
            return null;
        });
        assertThat(marked.get()).as("the manager's account is forgotten").containsOnly("O", "M");
    }

    @Test
    void accountHoldersGoneFromASnapshotAndCountsPerTarget() {
        long snapshotId = store.inTransaction(transaction -> transaction.insertSnapshot(snapshot(store,
                SnapshotStatus.ACCEPTED, List.of(person("E1"), person("E2")), List.of())));
        store.inTransaction(transaction -> {
            transaction.putAccount(enabledAccount("helloid", "E1"));
            transaction.putAccount(enabledAccount("helloid", "E9"));
            transaction.putAccount(disabledAccount("topdesk", "E2", LocalDate.of(2026, 12, 1)));
            transaction.putAccount(new AccountState("topdesk", "E8", null, "{}", AccountLifecycle.DELETED, null, T0));
            transaction.grantPermission(permission("helloid", "E1", "group", "g1"));
            transaction.grantPermission(permission("helloid", "E9", "group", "g1"));
            transaction.grantPermission(permission("topdesk", "E2", "group", "g1"));
            return null;
        });

        assertThat(store.accountHoldersOutside(snapshotId)).isEqualTo(Map.of("helloid", java.util.Set.of("E9"),
                "topdesk", java.util.Set.of("E8")));
        assertThat(store.accountHoldersOutside(null)).isEqualTo(Map.of("helloid", java.util.Set.of("E1", "E9"),
                "topdesk", java.util.Set.of("E2", "E8")));
        assertThat(store.accounts("helloid", List.of("E9", "E1", "E2"))).containsExactly(
                enabledAccount("helloid", "E1"), enabledAccount("helloid", "E9"));
        assertThat(store.accounts("helloid", List.of())).isEmpty();
        assertThat(store.permissions("helloid", List.of("E9", "E2"))).containsExactly(
                permission("helloid", "E9", "group", "g1"));
        assertThat(store.countAccounts("helloid")).isEqualTo(2);
        assertThat(store.countAccounts("topdesk")).as("the deleted account is not counted").isEqualTo(1);
        assertThat(store.countAccounts("afas")).isZero();
        assertThat(store.countPermissions("helloid")).isEqualTo(2);
        assertThat(store.countPermissions("afas")).isZero();
    }

    @Test
    void oneRunAtATimeHoldsTheStore() {
        try (RunLock first = store.acquireRunLock()) {
            assertThatThrownBy(store::acquireRunLock).isInstanceOf(StateStoreException.class)
                    .hasMessageContaining("another IdBridge run is using this state store");
        }
        try (RunLock again = store.acquireRunLock()) {
            assertThat(again).isNotNull();
        }
    }

    @Test
    void theLeaseIsHeldByOneHolderUntilItExpiresOrIsGivenUp() throws Exception {
        assertThat(store.leaseHolder()).isEmpty();
        assertThat(store.holdLease("daemon-a", Duration.ofMillis(300))).isTrue();
        assertThat(store.holdLease("daemon-b", Duration.ofSeconds(30))).as("taken while unexpired").isFalse();
        assertThat(store.holdLease("daemon-a", Duration.ofMillis(300))).as("renewed by its holder").isTrue();
        assertThat(store.leaseHolder()).contains("daemon-a");

        Thread.sleep(400);
        assertThat(store.leaseHolder()).as("expired").isEmpty();
        assertThat(store.holdLease("daemon-b", Duration.ofSeconds(30))).as("taken once expired").isTrue();
        assertThat(store.holdLease("daemon-a", Duration.ofSeconds(30))).as("the old holder lost it").isFalse();

        store.releaseLease("daemon-a");
        assertThat(store.leaseHolder()).as("only its holder gives it up").contains("daemon-b");
        store.releaseLease("daemon-b");
        assertThat(store.holdLease("daemon-a", Duration.ofSeconds(30))).as("free at once when given up").isTrue();
    }

    @Test
    void ofHoldersTryingAtOnceExactlyOneGetsTheLease() throws Exception {
        List<Callable<Boolean>> tries = new ArrayList<>();
        for (int daemon = 0; daemon < 8; daemon++) {
            String holder = "daemon-" + daemon;
            tries.add(() -> store.holdLease(holder, Duration.ofSeconds(30)));
        }

        assertThat(runAll(tries)).containsOnlyOnce(true);
    }
}
