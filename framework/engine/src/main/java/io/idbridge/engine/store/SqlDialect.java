package io.idbridge.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** What differs between the databases behind {@link JdbcStateStore}: value encodings and transaction control. */
interface SqlDialect {
    /** A short name for messages, e.g. "SQLite". */
    String displayName();

    /** The Flyway location of this dialect's migrations. */
    String migrationLocation();

    /** Binds an instant, truncated to microseconds (the precision both databases keep). */
    void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    /** Reads an instant; null when the column is null. */
    Instant getInstant(ResultSet row, String column) throws SQLException;

    void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

    /** Reads a date; null when the column is null. */
    LocalDate getDate(ResultSet row, String column) throws SQLException;

    /** An SQL expression for the database's current time in epoch milliseconds. */
    String nowMillis();

    void begin(Connection connection) throws SQLException;

    void commit(Connection connection) throws SQLException;

    void rollback(Connection connection) throws SQLException;
}
