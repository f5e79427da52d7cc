package io.idbridge.connector.topdesk;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Validator;

/**
 * The bound configuration of the TOPdesk persons source (systems.md §4.3, §4.6).
 *
 * @param query extra FIQL selecting the persons, e.g. {@code branch.name=='Inhuur'}; empty for all
 * @param includeArchived whether archived persons are read (as leavers: their contract ends when they were archived)
 * @param pageSize the v2 collection's {@code pageSize}
 */
record TopdeskSourceConfig(TopdeskConnection connection, String query, boolean includeArchived, int pageSize) {
    static final String QUERY = "query";
    static final String INCLUDE_ARCHIVED = "include-archived";
    static final String PAGE_SIZE = "page-size";
    /** The largest v2 page TOPdesk serves. */
    static final int MAX_PAGE_SIZE = 5000;

    static final ConfigSpec SPEC = TopdeskConnection.keys(ConfigSpec.builder())
            .optional(QUERY, ConfigType.STRING, "",
                    "FIQL selecting the persons to read, e.g. branch.name=='Inhuur' for hired staff kept only in "
                            + "TOPdesk; empty: every person. Anonymised persons (employeeNumber '*****') are always "
                            + "left out.")
            .optional(INCLUDE_ARCHIVED, ConfigType.BOOLEAN, true,
                    "Read archived persons too, as leavers whose contract ended on the day they were last changed "
                            + "(TOPdesk does not give the archiving date). Off: an archived person is gone from the "
                            + "source.")
            .optional(PAGE_SIZE, ConfigType.INT, 1000, "Persons per page of the v2 person collection (at most "
                    + MAX_PAGE_SIZE + ").", Validator.between(1, MAX_PAGE_SIZE))
            .build();

    TopdeskSourceConfig {
        requireNonNull(connection, "connection is null");
        requireNonNull(query, "query is null");
    }

    static TopdeskSourceConfig from(ConnectorConfig config) {
        return new TopdeskSourceConfig(TopdeskConnection.from(config), config.getString(QUERY).trim(),
                config.getBoolean(INCLUDE_ARCHIVED), config.getInt(PAGE_SIZE));
    }
}
