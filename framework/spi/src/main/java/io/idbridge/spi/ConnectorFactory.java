package io.idbridge.spi;

import io.idbridge.spi.config.ConfigSpec;

/** What every connector factory declares: a name users write in the config, a description and its config spec. */
public interface ConnectorFactory {
    /** The connector name used in {@code connector = <name>}; lower case, stable, unique across plugins. */
    String name();

    /** One sentence for {@code idbridge plugins} and the generated reference. */
    String description();

    /** Every key the connector accepts; the runtime validates the user's block through it before {@code create}. */
    ConfigSpec configSpec();
}
