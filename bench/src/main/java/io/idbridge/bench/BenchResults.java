package io.idbridge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The machine-readable side of every benchmark: one JSON object per result, printed on a line of its own and
 * appended to {@code target/bench-results.jsonl} (under the directory the benchmark runs in), next to the readable
 * lines and tables each benchmark prints.
 */
final class BenchResults {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("target", "bench-results.jsonl");

    private BenchResults() {
    }

    /** Records one result of {@code benchmark}; the time of day is added as {@code at}. */
    static void record(String benchmark, Map<String, ?> values) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", benchmark);
        result.put("at", Instant.now().toString());
        result.putAll(values);
        try {
            String line = JSON.writeValueAsString(result);
            System.out.println(line);
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot record the result in " + FILE.toAbsolutePath(), failure);
        }
    }
}
