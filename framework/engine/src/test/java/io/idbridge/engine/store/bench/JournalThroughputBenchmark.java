package io.idbridge.engine.store.bench;

import io.idbridge.engine.store.ActionStatus;
import io.idbridge.engine.store.NewAction;
import io.idbridge.engine.store.StateStore;
import io.idbridge.engine.store.StateStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * Journal write throughput: each action is journaled in one transaction (insertAction, PLANNED) and finished in a
 * second (updateAction, SUCCEEDED), as the engine does around every connector call. Measures SQLite in a temporary
 * directory and, when {@code IDBRIDGE_TEST_PG_URL} is set, PostgreSQL in a throwaway schema.
 * Arguments: [actions, default 5000] [threads, default 1].
 */
public final class JournalThroughputBenchmark {
    private static final String PAYLOAD = "{\"target\":\"helloid\",\"account\":{\"userName\":\"jdoe\","
            + "\"displayName\":\"Jan de Vries\",\"mail\":\"jan.de.vries@example.org\",\"department\":\"Finance\","
            + "\"title\":\"Controller\",\"manager\":\"E1002\",\"startDate\":\"2025-03-01\"},\"source\":\"afas\"}";

    private JournalThroughputBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int actions = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 5_000;
        int threads = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 1;
        Path directory = Files.createTempDirectory("idbridge-bench");
        try (StateStore sqlite = StateStores.open("jdbc:sqlite:" + directory.resolve("idbridge.db"))) {
            measureDiskBaseline(directory.resolve("baseline.db"), 2 * actions);
            measure("SQLite (WAL, synchronous=FULL)", sqlite, actions, threads);
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        String postgresUrl = System.getenv("IDBRIDGE_TEST_PG_URL");
        if (postgresUrl == null || postgresUrl.isBlank()) {
            System.out.println("PostgreSQL: skipped (IDBRIDGE_TEST_PG_URL is not set)");
            return;
        }
        String schema = "idbridge_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(postgresUrl, "CREATE SCHEMA " + schema);
        try (StateStore postgres = StateStores.open(postgresUrl + (postgresUrl.contains("?") ? "&" : "?")
                + "currentSchema=" + schema)) {
            measure("PostgreSQL", postgres, actions, threads);
        } finally {
            execute(postgresUrl, "DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void measure(String name, StateStore store, int actions, int threads) throws Exception {
        long runId = store.inTransaction(transaction -> transaction.startRun("bench", Instant.now()));
        AtomicInteger sequence = new AtomicInteger();
        journal(store, runId, sequence, Math.min(500, actions), threads);
        long started = System.nanoTime();
        journal(store, runId, sequence, actions, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s, %d thread(s): %d actions in %.2f s = %.0f actions/s (%.0f commits/s)%n", name, threads,
                actions, seconds, actions / seconds, 2 * actions / seconds);
    }

    /**
     * The same disk without the store: one 300-byte insert per commit on plain sqlite-jdbc with the store's pragmas.
     * Commits wait for fsync, so this bounds what any store can do here; compare the store's commits/s with it.
     */
    private static void measureDiskBaseline(Path file, int commits) throws Exception {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE baseline (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO baseline (payload) VALUES (?)")) {
                long started = System.nanoTime();
                for (int index = 0; index < commits; index++) {
                    insert.setString(1, PAYLOAD);
                    insert.executeUpdate();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("Disk baseline (plain sqlite-jdbc, 1 insert per commit): %.0f commits/s%n",
                        commits / seconds);
            }
        }
    }

    private static void journal(StateStore store, long runId, AtomicInteger sequence, int actions, int threads)
            throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < threads; worker++) {
                int share = actions / threads + (worker < actions % threads ? 1 : 0);
                workers.add(executor.submit(() -> {
                    for (int index = 0; index < share; index++) {
                        journalOne(store, runId, sequence.incrementAndGet());
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    private static void journalOne(StateStore store, long runId, int sequence) {
        long actionId = store.inTransaction(transaction -> transaction.insertAction(
                new NewAction(runId, sequence, "helloid", "E" + sequence, "CREATE", PAYLOAD, null, ActionStatus.PLANNED)));
        store.inTransaction(transaction -> {
            transaction.updateAction(actionId, ActionStatus.SUCCEEDED, 1, "{\"id\":\"" + UUID.randomUUID() + "\"}", null,
                    Instant.now());
            return null;
        });
    }

    private static void execute(String url, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
