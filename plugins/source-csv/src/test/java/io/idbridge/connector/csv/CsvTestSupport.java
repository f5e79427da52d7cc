package io.idbridge.connector.csv;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Builds connectors over files written by a test. */
final class CsvTestSupport {
    static final ConnectorContext CONTEXT = new FixedConnectorContext("hr",
            Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC));

    private CsvTestSupport() {
    }

    static Path write(Path directory, String name, String content) {
        return writeBytes(directory, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path writeBytes(Path directory, String name, byte[] content) {
        try {
            return Files.write(directory.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A config of the given keys (in key, value pairs) with the spec's defaults for the rest. */
    static ConnectorConfig config(String... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int index = 0; index < keysAndValues.length; index += 2) {
            values.put(keysAndValues[index], keysAndValues[index + 1]);
        }
        return new ConnectorConfig(CsvConfig.SPEC, values);
    }

    static SourceConnector connector(String... keysAndValues) {
        return new CsvSourceConnectorFactory().create(CONTEXT, config(keysAndValues));
    }

    static List<SourcePerson> persons(SourceConnector connector) {
        try (Stream<SourcePerson> persons = connector.persons()) {
            return persons.toList();
        }
    }

    static List<SourceDepartment> departments(SourceConnector connector) {
        try (Stream<SourceDepartment> departments = connector.departments()) {
            return departments.toList();
        }
    }

    /** A context with a fixed instance name and clock. */
    record FixedConnectorContext(String instanceName, Clock clock) implements ConnectorContext {
    }
}
