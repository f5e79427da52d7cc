package io.idbridge.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Override
    protected String newDatabaseUrl() {
        return "jdbc:sqlite:" + directory.resolve("old.db");
    }

    @Override
    protected String migrationLocation() {
        return "classpath:db/migration/sqlite";
    }
}
