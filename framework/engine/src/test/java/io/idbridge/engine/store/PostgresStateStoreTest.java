package io.idbridge.engine.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The store contract on PostgreSQL at {@code IDBRIDGE_TEST_PG_URL} (skipped when unset). The class works in a schema
 * of its own with a random name, emptied before each test and dropped at the end.
 */
class PostgresStateStoreTest extends StateStoreContractTest {
    private static final String URL_VARIABLE = "IDBRIDGE_TEST_PG_URL";
    private static final String TABLES =
            "snapshot_persons, snapshot_blocked, snapshots, accounts, permissions, reservations, actions, audit_log, runs";

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
        return StateStores.open(adminUrl + separator + "currentSchema=" + schema, null, null, CLOCK);
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(adminUrl);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
