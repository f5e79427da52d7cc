package io.idbridge.connector.topdesk;

import io.idbridge.sandbox.topdesk.TopdeskSimulator;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Builds TOPdesk connectors against the simulator. */
final class TopdeskTestSupport {
    private TopdeskTestSupport() {
    }

    record TestContext(String instanceName, Clock clock) implements ConnectorContext {
    }

    static TopdeskTargetConnector target(String baseUrl, Map<String, Object> extra) {
        return (TopdeskTargetConnector) new TopdeskTargetConnectorFactory().create(
                new TestContext("topdesk", Clock.systemUTC()), config(TopdeskTargetConfig.SPEC, baseUrl, extra));
    }

    static TopdeskSourceConnector source(String baseUrl, Map<String, Object> extra) {
        return (TopdeskSourceConnector) new TopdeskSourceConnectorFactory().create(
                new TestContext("topdesk-source", Clock.systemUTC()), config(TopdeskSourceConfig.SPEC, baseUrl, extra));
    }

    private static ConnectorConfig config(ConfigSpec spec, String baseUrl, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>();
        values.put(TopdeskConnection.BASE_URL, baseUrl);
        values.put(TopdeskConnection.USERNAME, TopdeskSimulator.DEFAULT_OPERATOR_LOGIN);
        values.put(TopdeskConnection.APPLICATION_PASSWORD, new Secret(TopdeskSimulator.DEFAULT_APPLICATION_PASSWORD));
        values.putAll(extra);
        return new ConnectorConfig(spec, values);
    }
}
