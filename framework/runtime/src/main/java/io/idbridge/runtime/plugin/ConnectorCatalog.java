package io.idbridge.runtime.plugin;

import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.target.TargetConnectorFactory;
import java.util.List;
import java.util.Optional;

/** The connector factories available by name; what configuration binding and the CLI need from the plugins. */
public interface ConnectorCatalog {
    /** The source factory with this connector name, or empty. */
    Optional<SourceConnectorFactory> sourceFactory(String connectorName);

    /** The target factory with this connector name, or empty. */
    Optional<TargetConnectorFactory> targetFactory(String connectorName);

    /** Every source factory, sorted by name. */
    List<SourceConnectorFactory> sourceFactories();

    /** Every target factory, sorted by name. */
    List<TargetConnectorFactory> targetFactories();
}
