package io.idbridge.spi;

import java.time.Clock;

/**
 * What the engine gives a connector when it creates one. Narrow on purpose: connectors never see engine internals.
 */
public interface ConnectorContext {
    /** The instance name from the configuration, e.g. {@code helloid} or {@code hr}; never null. */
    String instanceName();

    /** The clock every date decision must use, so that tests and simulations can move time; never null. */
    Clock clock();
}
