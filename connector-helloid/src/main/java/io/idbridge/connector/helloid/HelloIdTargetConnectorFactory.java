package io.idbridge.connector.helloid;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.target.TargetConnector;
import io.idbridge.spi.target.TargetConnectorFactory;
import io.idbridge.toolkit.BaseUrls;
import jakarta.inject.Inject;
import org.pf4j.Extension;

/** Creates HelloID target connectors ({@code connector = helloid}). */
@Extension
public final class HelloIdTargetConnectorFactory implements TargetConnectorFactory {
    @Inject
    public HelloIdTargetConnectorFactory() {
        // no dependencies: each connector builds its own HTTP client from its configuration
    }

    @Override
    public String name() {
        return "helloid";
    }

    @Override
    public String description() {
        return "HelloID users, groups and self-service products over the HelloID REST API v1";
    }

    @Override
    public ConfigSpec configSpec() {
        return HelloIdConfig.SPEC;
    }

    /** Builds the connector and its HTTP client; touches no network. */
    @Override
    public TargetConnector create(ConnectorContext context, ConnectorConfig config) {
        requireNonNull(context, "context is null");
        requireNonNull(config, "config is null");
        HelloIdConfig helloIdConfig = HelloIdConfig.from(config);
        // fails here, before any request, on a value that is not an http or https URL
        BaseUrls.parse(HelloIdConfig.BASE_URL, helloIdConfig.baseUrl());
        return new HelloIdTargetConnector(helloIdConfig, new HelloIdClient(helloIdConfig));
    }
}
