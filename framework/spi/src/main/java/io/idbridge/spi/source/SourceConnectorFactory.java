package io.idbridge.spi.source;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.ConnectorFactory;
import io.idbridge.spi.config.ConnectorConfig;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/** Extension point of a source connector plugin. Implementations are {@code @Extension}s with an injectable constructor. */
public interface SourceConnectorFactory extends ExtensionPoint, ConnectorFactory {
    /**
     * Creates a connector; must not touch the network (that is {@link SourceConnector#test()}).
     *
     * @param context never null
     * @param config validated against {@link #configSpec()}; never null
     * @throws io.idbridge.spi.error.InvalidConfigurationException when the values cannot work together
     */
    SourceConnector create(ConnectorContext context, ConnectorConfig config);

    /**
     * The default mapping from this source's raw fields to the person model: person or contract field path
     * (e.g. {@code person.name.nick}, {@code contract.department.code}) to a CEL expression over {@code source}
     * (the person's raw fields) and, for contract fields, {@code sourceContract} (the contract's raw fields).
     * Users override single entries in their config. Never null.
     */
    Map<String, String> defaultMapping();
}
