package io.idbridge.engine.store;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs parameterized SQL on a given connection, binding instants and dates through the dialect. Every failure
 * becomes a {@link StateStoreException} naming the statement (never the bound values, which may be personal data).
 */
final class SqlStatements {
    /** Reads one row of a result. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final SqlDialect dialect;

    SqlStatements(SqlDialect dialect) {
        this.dialect = requireNonNull(dialect, "dialect is null");
    }

    SqlDialect dialect() {
        return dialect;
    }

    /** Runs an INSERT ... RETURNING id and returns the id. */
    long insertReturningId(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return insertReturningId(statement, sql, parameters);
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    /** As {@link #insertReturningId(Connection, String, Object...)}, on {@code sql} prepared already. */
    long insertReturningId(PreparedStatement statement, String sql, Object... parameters) {
        try {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    throw new StateStoreException("no id returned by: " + sql);
                }
                return result.getLong(1);
            }
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    /** Runs an INSERT, UPDATE or DELETE; returns the number of rows changed. */
    int update(Connection connection, String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            return update(statement, sql, parameters);
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    /** As {@link #update(Connection, String, Object...)}, on {@code sql} prepared already. */
    int update(PreparedStatement statement, String sql, Object... parameters) {
        try {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    PreparedStatement prepare(Connection connection, String sql) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    /** Runs one statement for each parameter row, sent in one batch. */
    void batch(Connection connection, String sql, List<Object[]> parameterRows) {
        if (parameterRows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : parameterRows) {
                bind(statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (result.next()) {
                    rows.add(reader.read(result));
                }
                return rows;
            }
        } catch (SQLException failure) {
            throw failed(sql, failure);
        }
    }

    <T> Optional<T> queryOne(Connection connection, String sql, RowReader<T> reader, Object... parameters) {
        List<T> rows = query(connection, sql, reader, parameters);
        if (rows.size() > 1) {
            throw new StateStoreException("expected at most one row, got " + rows.size() + " from: " + sql);
        }
        return rows.stream().findFirst();
    }

    private void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int position = 0; position < parameters.length; position++) {
            int index = position + 1;
            Object value = parameters[position];
            if (value instanceof Instant instant) {
                dialect.setInstant(statement, index, instant);
            } else if (value instanceof LocalDate date) {
                dialect.setDate(statement, index, date);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    private static StateStoreException failed(String sql, SQLException failure) {
        return new StateStoreException("state store statement failed (" + failure.getMessage() + "): " + sql, failure);
    }

    /**
     * Whether a failure means the connection itself is gone, so it must not be reused: SQL state class 08 (connection
     * exception) or 57P (PostgreSQL's server shutdown and terminated-session states).
     */
    static boolean connectionBroken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlFailure && sqlFailure.getSQLState() != null
                    && (sqlFailure.getSQLState().startsWith("08") || sqlFailure.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
