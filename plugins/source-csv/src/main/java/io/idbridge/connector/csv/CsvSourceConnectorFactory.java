package io.idbridge.connector.csv;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceConnectorFactory;
import java.util.Map;
import org.pf4j.Extension;

/** The {@code csv} source connector: persons and contracts from CSV exports, for HR systems without an API. */
@Extension
public final class CsvSourceConnectorFactory implements SourceConnectorFactory {
    public static final String NAME = "csv";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Reads persons, contracts and departments from CSV exports (UTF-8 with or without BOM, ';' or ','"
                + " separated, quoted fields).";
    }

    @Override
    public ConfigSpec configSpec() {
        return CsvConfig.SPEC;
    }

    /** Touches no file: the files are read by {@link SourceConnector#test()} and on every read. */
    @Override
    public SourceConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        return new CsvSourceConnector(CsvConfig.from(config));
    }

    /** Maps the default columns (see {@link CsvDefaultMapping}); users override single entries. */
    @Override
    public Map<String, String> defaultMapping() {
        return CsvDefaultMapping.MAPPING;
    }
}
