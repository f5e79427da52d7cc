package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.TargetConnectorFactory;
import jakarta.inject.Inject;
import org.pf4j.Extension;

/** Creates AFAS employees write-back targets ({@code connector = afas-employees}). */
@Extension
public final class AfasEmployeesTargetConnectorFactory implements TargetConnectorFactory {
    public static final String NAME = "afas-employees";

    @Inject
    public AfasEmployeesTargetConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "The AFAS employee (KnEmployee): writes back work e-mail and phone numbers; never creates "
                + "employees";
    }

    @Override
    public ConfigSpec configSpec() {
        return AfasTargetConfig.EMPLOYEES_SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public TargetConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        AfasTargetConfig afas = AfasTargetConfig.employees(requireNonNull(config, "config is null"));
        return new AfasEmployeesTargetConnector(afas, new AfasClient(afas.connection()), context.instanceName());
    }
}
