package io.idbridge.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite: each test gets a new database file in a directory the store has to create. */
class SqliteStateStoreTest extends StateStoreContractTest {
    @TempDir
    Path directory;

    private Path databaseFile() {
        return directory.resolve("data/state/idbridge.db");
    }

    @Override
    protected void prepareEmptyDatabase() {
        // Every test has its own temporary directory, so the file does not exist yet.
    }

    @Override
    protected StateStore openStore() {
        return StateStores.open("jdbc:sqlite:" + databaseFile(), null, null, CLOCK);
    }

    @Test
    void databaseFileIsCreatedInWriteAheadLogMode() throws Exception {
        assertThat(databaseFile()).isRegularFile();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA journal_mode")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void reopeningDoesNotRunTheMigrationsAgain() throws Exception {
        store.close();
        store = openStore();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + databaseFile());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success = 1")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getInt(1)).isEqualTo(Files.list(Path.of(getClass().getResource("/db/migration/sqlite")
                    .toURI())).toList().size());
        }
    }

    @Test
    void personsStoredPerSnapshotBeforeVersion7KeepTheirSnapshotsAfterTheMigration() throws Exception {
        store.close();
        Path old = directory.resolve("old.db");
        Flyway.configure(getClass().getClassLoader()).dataSource("jdbc:sqlite:" + old, null, null)
                .locations("classpath:db/migration/sqlite").target("6").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + old);
             Statement statement = connection.createStatement()) {
            for (String status : List.of("ACCEPTED", "BLOCKED", "ACCEPTED")) {
                statement.executeUpdate("INSERT INTO snapshots (taken_at, status, person_count, blocked_count)"
                        + " VALUES ('2025-03-01T08:00:00.000000Z', '" + status + "', 0, 0)");
            }
            statement.executeUpdate("INSERT INTO snapshot_persons (snapshot_id, external_id, json, hash, source_hash)"
                    + " VALUES (1, 'E1', '{\"v\":1}', 'h1', 's1'), (1, 'E2', '{}', 'h2', NULL),"
                    + " (3, 'E1', '{\"v\":2}', 'h1b', 's1b')");
        }

        store = StateStores.open("jdbc:sqlite:" + old, null, null, CLOCK);

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
}
