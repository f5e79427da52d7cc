package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.TargetConnectorFactory;
import jakarta.inject.Inject;
import org.pf4j.Extension;

/** Creates AFAS users write-back targets ({@code connector = afas-users}). */
@Extension
public final class AfasUsersTargetConnectorFactory implements TargetConnectorFactory {
    public static final String NAME = "afas-users";

    @Inject
    public AfasUsersTargetConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "The AFAS user of each employee (KnUser): writes back UPN and e-mail; blocks, unblocks, creates "
                + "only when create-user is on";
    }

    @Override
    public ConfigSpec configSpec() {
        return AfasTargetConfig.USERS_SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public TargetConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        AfasTargetConfig afas = AfasTargetConfig.users(requireNonNull(config, "config is null"));
        return new AfasUsersTargetConnector(afas, new AfasClient(afas.connection()), context.instanceName());
    }
}
