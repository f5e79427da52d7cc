package io.idbridge.bench;

import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One benchmark setting: a fresh data directory with a generated organisation as CSV, a fresh HelloID simulator
 * with the static groups, and an engine session on a fresh SQLite store. Closing it deletes the directory.
 */
final class BenchScenario implements AutoCloseable {
    static final String PLUGINS_PROPERTY = "idbridge.bench.plugins";
    static final String SECRET = "bench-secret";
    static final List<String> STATIC_GROUPS = List.of("All staff", "Hired staff", "Full-time");

    private final Path data;
    private final HelloIdSimulator helloId;
    private final BenchSession session;
    private final int contracts;

    private BenchScenario(Path data, HelloIdSimulator helloId, BenchSession session, int contracts) {
        this.data = data;
        this.helloId = helloId;
        this.session = session;
        this.contracts = contracts;
    }

    static BenchScenario open(int persons, int inFlight, List<String> rules, boolean correlate, Clock clock)
            throws IOException {
        Path data = Files.createTempDirectory("idbridge-bench-");
        int contracts = new LargeOrganisation(42, persons, LocalDate.now(clock)).writeTo(data.resolve("hr"));
        HelloIdSimulator helloId = new HelloIdSimulator(HelloIdSimulator.DEFAULT_API_KEY, SECRET).start();
        for (String group : STATIC_GROUPS) {
            helloId.addGroup(group);
        }
        Path config = BenchConfig.write(data, helloId.baseUrl(), HelloIdSimulator.DEFAULT_API_KEY, SECRET, inFlight,
                rules, correlate);
        BenchSession session = BenchSession.open(config, pluginsDirectory(), clock);
        return new BenchScenario(data, helloId, session, contracts);
    }

    /** {@code -Didbridge.bench.plugins}, else {@code bench/target/plugins} from the repository root or bench/. */
    static Path pluginsDirectory() {
        String configured = System.getProperty(PLUGINS_PROPERTY);
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromRoot = Path.of("bench", "target", "plugins");
        return Files.isDirectory(fromRoot) ? fromRoot : Path.of("target", "plugins");
    }

    BenchSession session() {
        return session;
    }

    HelloIdSimulator helloId() {
        return helloId;
    }

    int contracts() {
        return contracts;
    }

    /** The directory holding persons.csv, contracts.csv and departments.csv. */
    Path hrDirectory() {
        return data.resolve("hr");
    }

    @Override
    public void close() throws Exception {
        try {
            session.close();
        } finally {
            helloId.close();
            try (Stream<Path> paths = Files.walk(data)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException failure) {
                throw new UncheckedIOException("cannot delete " + data, failure);
            }
        }
    }
}
