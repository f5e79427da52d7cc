package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceConnectorFactory;
import jakarta.inject.Inject;
import java.util.Map;
import org.pf4j.Extension;

/** Creates TOPdesk persons sources ({@code connector = topdesk-source}). */
@Extension
public final class TopdeskSourceConnectorFactory implements SourceConnectorFactory {
    public static final String NAME = "topdesk-source";

    @Inject
    public TopdeskSourceConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "TOPdesk persons (with branch and department) as identities, for staff kept only in TOPdesk";
    }

    @Override
    public ConfigSpec configSpec() {
        return TopdeskSourceConfig.SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public SourceConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        TopdeskSourceConfig topdesk = TopdeskSourceConfig.from(requireNonNull(config, "config is null"));
        return new TopdeskSourceConnector(topdesk, new TopdeskClient(topdesk.connection()));
    }

    /** See {@link TopdeskDefaultMapping}; users override single entries. */
    @Override
    public Map<String, String> defaultMapping() {
        return TopdeskDefaultMapping.MAPPING;
    }
}
