package io.idbridge.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * SQLite: instants as fixed-width ISO-8601 UTC text, so that text order is time order and the sqlite3 shell shows
 * them readably. Transactions are explicit BEGIN IMMEDIATE statements: the write lock is taken at the start, so a
 * second process on the same file waits (busy_timeout) instead of failing halfway through a transaction.
 */
final class SqliteDialect implements SqlDialect {
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String migrationLocation() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, INSTANT_TEXT.format(instant.truncatedTo(ChronoUnit.MICROS)));
        }
    }

    @Override
    public Instant getInstant(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : instant(text);
    }

    /**
     * Reads the text {@link #setInstant} writes without a formatter: {@code Instant.parse} was most of reading the
     * accounts of a plan in which nothing changed. Any other text (none is expected) goes to {@code Instant.parse}.
     */
    static Instant instant(String text) {
        if (text.length() != 27 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.'
                || text.charAt(26) != 'Z') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int micros = digits(text, 20, 26);
        if ((year | month | day | hour | minute | second | micros) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, micros * 1_000L);
    }

    /** The number the decimal digits from {@code start} to {@code end} make, or -1 when one is not a digit. */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int index = start; index < end; index++) {
            char digit = text.charAt(index);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            value = value * 10 + (digit - '0');
        }
        return value;
    }

    @Override
    public void setDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, date.toString());
        }
    }

    @Override
    public LocalDate getDate(ResultSet row, String column) throws SQLException {
        String text = row.getString(column);
        return text == null ? null : date(text);
    }

    /** Reads the text LocalDate.toString writes for years 0000 to 9999 without a formatter; others go to the parser. */
    static LocalDate date(String text) {
        int year = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' ? digits(text, 0, 4) : -1;
        int month = year < 0 ? -1 : digits(text, 5, 7);
        int day = month < 0 ? -1 : digits(text, 8, 10);
        return day < 0 ? LocalDate.parse(text) : LocalDate.of(year, month, day);
    }

    @Override
    public String nowMillis() {
        return "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
    }

    @Override
    public void begin(Connection connection) throws SQLException {
        execute(connection, "BEGIN IMMEDIATE");
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        execute(connection, "COMMIT");
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        execute(connection, "ROLLBACK");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
