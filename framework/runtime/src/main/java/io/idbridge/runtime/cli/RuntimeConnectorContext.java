package io.idbridge.runtime.cli;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.ConnectorContext;
import java.time.Clock;

/** The context the runtime gives a connector it creates. */
record RuntimeConnectorContext(String instanceName, Clock clock) implements ConnectorContext {
    RuntimeConnectorContext {
        requireNonNull(instanceName, "instanceName is null");
        requireNonNull(clock, "clock is null");
    }
}
