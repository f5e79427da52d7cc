package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.TargetConnectorFactory;
import jakarta.inject.Inject;
import org.pf4j.Extension;

/** Creates TOPdesk persons targets ({@code connector = topdesk}). */
@Extension
public final class TopdeskTargetConnectorFactory implements TargetConnectorFactory {
    public static final String NAME = "topdesk";

    @Inject
    public TopdeskTargetConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "TOPdesk persons: created with branch, department and budget holder by name, updated field by field, "
                + "archived on disable and delete, unarchived on enable; never deleted";
    }

    @Override
    public ConfigSpec configSpec() {
        return TopdeskTargetConfig.SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public TargetConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        TopdeskTargetConfig topdesk = TopdeskTargetConfig.from(requireNonNull(config, "config is null"));
        return new TopdeskTargetConnector(topdesk, new TopdeskClient(topdesk.connection()), context.instanceName());
    }
}
