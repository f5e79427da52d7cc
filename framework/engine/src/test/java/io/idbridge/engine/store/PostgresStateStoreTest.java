package io.idbridge.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL at {@code IDBRIDGE_TEST_PG_URL} (skipped when unset). The class works in a schema
 * of its own with a random name, emptied before each test and dropped at the end.
 */
class PostgresStateStoreTest extends StateStoreContractTest {
    private static final String URL_VARIABLE = "IDBRIDGE_TEST_PG_URL";
    private static final String TABLES =
            "person_versions, snapshot_blocked, snapshots, accounts, permissions, reservations, actions, audit_log, runs,"
            + " evaluation_marks, daemon_lease";

    private static String adminUrl;
    private static String schema;

    @BeforeAll
    static void createSchema() throws Exception {
        adminUrl = System.getenv(URL_VARIABLE);
        assumeTrue(adminUrl != null && !adminUrl.isBlank(),
                URL_VARIABLE + " is not set: skipping the PostgreSQL state store tests");
        schema = "idbridge_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + schema);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
            execute("DROP SCHEMA IF EXISTS " + schema + "_old CASCADE");
        }
    }

    @Override
    protected void prepareEmptyDatabase() throws Exception {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement();
             ResultSet migrated = statement.executeQuery("SELECT to_regclass('" + schema + ".runs') IS NOT NULL")) {
            migrated.next();
            if (migrated.getBoolean(1)) {
                statement.execute("SET search_path TO " + schema);
                statement.execute("TRUNCATE " + TABLES + " RESTART IDENTITY CASCADE");
            }
        }
    }

    @Override
    protected StateStore openStore() {
        String separator = adminUrl.contains("?") ? "&" : "?";
        return StateStores.open(adminUrl + separator + "currentSchema=" + schema + "&ApplicationName=" + schema, null,
                null, CLOCK);
    }

    @Override
    protected String newDatabaseUrl() throws Exception {
        execute("DROP SCHEMA IF EXISTS " + schema + "_old CASCADE");
        execute("CREATE SCHEMA " + schema + "_old");
        return adminUrl + (adminUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema + "_old";
    }

    @Override
    protected String migrationLocation() {
        return "classpath:db/migration/postgresql";
    }

    @Test
    void storeWorksAgainAfterTheServerDroppedItsConnections() throws Exception {
        long runId = store.inTransaction(transaction -> transaction.startRun("import", StoreFixtures.T0));
        runAll(List.<Callable<Object>>of(() -> store.runs(0), () -> store.runs(0), () -> store.runs(0)));

        execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '" + schema + "'");
        awaitNoSessionsOfThisStore();

        assertThat(store.run(runId)).isPresent();
        long secondRun = store.inTransaction(transaction -> transaction.startRun("sync", StoreFixtures.T0));
        assertThat(store.runs(0)).extracting(RunRecord::id).containsExactly(secondRun, runId);
    }

    /** Terminating only signals the sessions; wait until they are gone so that none dies halfway through a test. */
    private static void awaitNoSessionsOfThisStore() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            while (true) {
                try (ResultSet sessions = statement.executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = '" + schema + "'")) {
                    sessions.next();
                    if (sessions.getInt(1) == 0) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the store's sessions were not terminated within 10 s");
                }
                Thread.sleep(10);
            }
        }
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
