package io.idbridge.spi.target;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.ConnectorFactory;
import io.idbridge.spi.config.ConnectorConfig;
import org.pf4j.ExtensionPoint;

/** Extension point of a target connector plugin. Implementations are {@code @Extension}s with an injectable constructor. */
public interface TargetConnectorFactory extends ExtensionPoint, ConnectorFactory {
    /**
     * Creates a connector; must not touch the network (that is {@link TargetConnector#test()}).
     *
     * @param context never null
     * @param config validated against {@link #configSpec()}; never null
     * @throws io.idbridge.spi.error.InvalidConfigurationException when the values cannot work together
     */
    TargetConnector create(ConnectorContext context, ConnectorConfig config);
}
