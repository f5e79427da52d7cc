package io.idbridge.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Run locks for a PostgreSQL store: a session advisory lock, keyed by the schema, held on a connection of its own;
 * PostgreSQL drops it when that session ends, also when the process dies.
 */
final class PostgresRunLocks implements Supplier<RunLock> {
    private static final String KEY = "hashtext(current_schema() || '.idbridge-run')";

    private final DataSource dataSource;

    PostgresRunLocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RunLock get() {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!query(connection, "SELECT pg_try_advisory_lock(" + KEY + ")")) {
                connection.close();
                throw new RunLockTakenException("another IdBridge run is using this state store; try again when it "
                        + "has finished");
            }
            Connection held = connection;
            return () -> release(held);
        } catch (SQLException failure) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException alsoFailed) {
                    failure.addSuppressed(alsoFailed);
                }
            }
            throw new StateStoreException("cannot lock the state store: " + failure.getMessage(), failure);
        }
    }

    private static void release(Connection connection) {
        try (connection) {
            query(connection, "SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException failure) {
            throw new StateStoreException("cannot release the state store lock: " + failure.getMessage(), failure);
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            return result.next() && result.getBoolean(1);
        }
    }
}
