package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceConnectorFactory;
import jakarta.inject.Inject;
import java.util.Map;
import org.pf4j.Extension;

/** Creates AFAS Profit sources ({@code connector = afas}). */
@Extension
public final class AfasSourceConnectorFactory implements SourceConnectorFactory {
    public static final String NAME = "afas";

    @Inject
    public AfasSourceConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Employees, employments or positions, and organisational units from the AFAS Profit GetConnectors "
                + "T4E_HelloID_*_v2";
    }

    @Override
    public ConfigSpec configSpec() {
        return AfasSourceConfig.SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public SourceConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        AfasSourceConfig afas = AfasSourceConfig.from(requireNonNull(config, "config is null"));
        return new AfasSourceConnector(afas, new AfasClient(afas.connection()), context.clock());
    }

    /** See {@link AfasDefaultMapping}; users override single entries. */
    @Override
    public Map<String, String> defaultMapping() {
        return AfasDefaultMapping.MAPPING;
    }
}
