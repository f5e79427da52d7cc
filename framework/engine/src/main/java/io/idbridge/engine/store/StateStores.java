package io.idbridge.engine.store;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.Secret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the state store named by a JDBC URL and brings its schema up to date with the bundled migrations.
 * <ul>
 *   <li>{@code jdbc:sqlite:<file>}: the embedded default. Missing parent directories are created. WAL mode with
 *   synchronous=FULL, so a committed write survives a crash or power loss; foreign keys on; one writer connection
 *   (transactions run one at a time) and two reader connections.</li>
 *   <li>{@code jdbc:postgresql://host:port/database}: user and password from the URL or the explicit arguments
 *   (which win); a fixed pool of four connections. Tables go into the connection's current schema (set it with the
 *   {@code currentSchema} URL parameter; the schema must exist).</li>
 * </ul>
 * Opening an existing store applies only migrations it has not seen; it never drops data.
 */
public final class StateStores {
    private static final Logger LOG = LoggerFactory.getLogger(StateStores.class);
    private static final int POSTGRES_POOL_SIZE = 4;
    private static final int SQLITE_READER_COUNT = 2;
    private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;
    private static final Duration BORROW_TIMEOUT = Duration.ofMinutes(2);

    private StateStores() {
    }

    /** Opens with credentials, if any, from the URL and the system clock. */
    public static StateStore open(String jdbcUrl) {
        return open(jdbcUrl, null, null, Clock.systemUTC());
    }

    /** Opens with explicit credentials; a null {@code user} or {@code password} falls back to the URL's. */
    public static StateStore open(String jdbcUrl, String user, Secret password) {
        return open(jdbcUrl, user, password, Clock.systemUTC());
    }

    /**
     * Opens a store. {@code clock} stamps newly journaled actions.
     *
     * @throws StateStoreException naming the URL (password masked) and the reason when the database cannot be opened
     *     or migrated
     * @throws IllegalArgumentException for a URL of another database, an in-memory SQLite URL, or credentials given
     *     for SQLite
     */
    public static StateStore open(String jdbcUrl, String user, Secret password, Clock clock) {
        requireNonNull(jdbcUrl, "jdbcUrl is null");
        requireNonNull(clock, "clock is null");
        String shownUrl = JdbcUrls.masked(jdbcUrl);
        if (jdbcUrl.startsWith(JdbcUrls.SQLITE_PREFIX)) {
            if (user != null || password != null) {
                throw new IllegalArgumentException("SQLite takes no user or password: " + shownUrl);
            }
            return openSqlite(jdbcUrl, shownUrl, clock);
        }
        if (jdbcUrl.startsWith(JdbcUrls.POSTGRES_PREFIX)) {
            return openPostgres(jdbcUrl, shownUrl, user, password, clock);
        }
        throw new IllegalArgumentException("unsupported state store URL " + shownUrl
                + ": use jdbc:sqlite:<file> or jdbc:postgresql://<host>:<port>/<database>");
    }

    private static StateStore openSqlite(String jdbcUrl, String shownUrl, Clock clock) {
        Path file;
        try {
            file = JdbcUrls.sqliteFile(jdbcUrl).toAbsolutePath();
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("cannot open state store " + shownUrl + ": " + invalid.getMessage(),
                    invalid);
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException failure) {
            throw new StateStoreException("cannot open state store " + shownUrl + ": cannot create directory "
                    + file.getParent() + " (" + failure + ")", failure);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SQLITE_BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(jdbcUrl);
        SqlDialect dialect = new SqliteDialect();
        ConnectionPool writePool = new ConnectionPool("SQLite writer", dataSource::getConnection, 1, BORROW_TIMEOUT);
        ConnectionPool readPool =
                new ConnectionPool("SQLite reader", dataSource::getConnection, SQLITE_READER_COUNT, BORROW_TIMEOUT);
        try {
            requireWriteAheadLog(writePool, shownUrl);
            migrate(dataSource, dialect, shownUrl);
        } catch (RuntimeException failure) {
            closeAfterFailure(failure, writePool, readPool);
            throw failure;
        }
        LOG.info("State store opened: {} (SQLite, WAL)", file);
        return new JdbcStateStore(shownUrl, dialect, writePool, readPool, new SqliteRunLocks(file), clock);
    }

    /** WAL can silently stay off (e.g. on some network file systems); then readers would block the writer. */
    private static void requireWriteAheadLog(ConnectionPool pool, String shownUrl) {
        Connection connection = borrowForOpen(pool, shownUrl);
        boolean reusable = false;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA journal_mode")) {
            String mode = result.next() ? result.getString(1) : "unknown";
            if (!"wal".equals(mode.toLowerCase(Locale.ROOT))) {
                throw new StateStoreException("cannot open state store " + shownUrl
                        + ": SQLite refused write-ahead logging (journal mode is " + mode + ")");
            }
            reusable = true;
        } catch (SQLException failure) {
            throw new StateStoreException("cannot open state store " + shownUrl + ": " + failure.getMessage(), failure);
        } finally {
            pool.giveBack(connection, reusable);
        }
    }

    private static StateStore openPostgres(String jdbcUrl, String shownUrl, String user, Secret password,
                                           Clock clock) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        try {
            // The driver gets the URL without its password: it logs and throws with the URL it was given.
            dataSource.setURL(JdbcUrls.withoutPassword(jdbcUrl));
        } catch (IllegalArgumentException invalid) {
            throw new IllegalArgumentException("cannot open state store " + shownUrl + ": not a valid PostgreSQL URL");
        }
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password.reveal());
        } else {
            JdbcUrls.password(jdbcUrl).ifPresent(dataSource::setPassword);
        }
        if (!jdbcUrl.contains("ApplicationName=")) {
            dataSource.setApplicationName("idbridge");
        }
        SqlDialect dialect = new PostgresDialect();
        ConnectionPool pool = new ConnectionPool("PostgreSQL", dataSource::getConnection, POSTGRES_POOL_SIZE,
                BORROW_TIMEOUT);
        try {
            pool.giveBack(borrowForOpen(pool, shownUrl), true);
            migrate(dataSource, dialect, shownUrl);
        } catch (RuntimeException failure) {
            closeAfterFailure(failure, pool);
            throw failure;
        }
        LOG.info("State store opened: {} (PostgreSQL)", shownUrl);
        return new JdbcStateStore(shownUrl, dialect, pool, pool, new PostgresRunLocks(dataSource), clock);
    }

    private static Connection borrowForOpen(ConnectionPool pool, String shownUrl) {
        try {
            return pool.borrow();
        } catch (StateStoreException failure) {
            Throwable reason = failure.getCause() != null ? failure.getCause() : failure;
            throw new StateStoreException("cannot open state store " + shownUrl + ": " + reason.getMessage(), failure);
        }
    }

    private static void migrate(DataSource dataSource, SqlDialect dialect, String shownUrl) {
        try {
            MigrateResult result = Flyway.configure(StateStores.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(dialect.migrationLocation())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info("State store schema migrated to version {} ({} migrations applied)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
        } catch (FlywayException failure) {
            throw new StateStoreException("cannot open state store " + shownUrl + ": schema migration failed: "
                    + JdbcUrls.masked(String.valueOf(failure.getMessage())), failure);
        }
    }

    private static void closeAfterFailure(RuntimeException failure, ConnectionPool... pools) {
        for (ConnectionPool pool : pools) {
            try {
                pool.close();
            } catch (StateStoreException closeFailure) {
                failure.addSuppressed(closeFailure);
            }
        }
    }
}
