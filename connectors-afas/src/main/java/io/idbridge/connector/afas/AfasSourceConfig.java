package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Validator;
import java.util.Locale;

/**
 * The bound configuration of the AFAS source (systems.md §3.3; the reference connector's {@code positionsAction} is
 * {@code contracts-from}).
 *
 * @param connection base URL, token and timeouts
 * @param contractsFrom where contracts come from
 * @param excludePersonsWithoutContracts whether an employee without a contract in scope is left out
 * @param pageSize the {@code take} of every page
 */
record AfasSourceConfig(AfasConnection connection, ContractsFrom contractsFrom, boolean excludePersonsWithoutContracts,
                        int pageSize, String usersConnector, String employmentsConnector, String positionsConnector,
                        String organizationalUnitsConnector, AfasFilter usersFilter, AfasFilter employmentsFilter,
                        AfasFilter positionsFilter) {
    static final String CONTRACTS_FROM = "contracts-from";
    static final String EXCLUDE_PERSONS_WITHOUT_CONTRACTS = "exclude-persons-without-contracts";
    static final String PAGE_SIZE = "page-size";
    static final String USERS_CONNECTOR = "users-connector";
    static final String EMPLOYMENTS_CONNECTOR = "employments-connector";
    static final String POSITIONS_CONNECTOR = "positions-connector";
    static final String ORGANIZATIONAL_UNITS_CONNECTOR = "organizational-units-connector";
    static final String USERS_FILTER = "users-filter";
    static final String EMPLOYMENTS_FILTER = "employments-filter";
    static final String POSITIONS_FILTER = "positions-filter";

    /** One contract per position (with its employment's fields) or one per employment. */
    enum ContractsFrom {
        POSITIONS,
        EMPLOYMENTS
    }

    static final ConfigSpec SPEC = AfasConnection.keys(ConfigSpec.builder())
            .optional(CONTRACTS_FROM, ConfigType.STRING, "positions",
                    "positions: one contract per position, carrying its employment's fields (empl_*) and its own "
                            + "(pos_*); an employment without positions gives an employment-only contract. "
                            + "employments: one contract per employment (empl_*). Changing this in production "
                            + "changes every contract id, which revokes and re-grants access.",
                    Validator.oneOf("positions", "employments"))
            .optional(EXCLUDE_PERSONS_WITHOUT_CONTRACTS, ConfigType.BOOLEAN, true,
                    "Leave out employees without any contract in the GetConnectors' date scope.")
            .optional(PAGE_SIZE, ConfigType.INT, 1000, "Rows per GetConnector page (take).", Validator.atLeast(1))
            .optional(USERS_CONNECTOR, ConfigType.STRING, "T4E_HelloID_Users_v2",
                    "GetConnector with one row per employee (the persons).")
            .optional(EMPLOYMENTS_CONNECTOR, ConfigType.STRING, "T4E_HelloID_Employments_v2",
                    "GetConnector with the employments.")
            .optional(POSITIONS_CONNECTOR, ConfigType.STRING, "T4E_HelloID_Positions_v2",
                    "GetConnector with the positions; read only when contracts-from = positions.")
            .optional(ORGANIZATIONAL_UNITS_CONNECTOR, ConfigType.STRING, "T4E_HelloID_OrganizationalUnits_v2",
                    "GetConnector with the organisational units (departments).")
            .optional(USERS_FILTER, ConfigType.STRING, "",
                    "Extra filter on the persons, as AFAS query text, e.g. filterfieldids=Email_werk&filtervalues="
                            + "[is niet leeg]&operatortypes=9. Empty: none.")
            .optional(EMPLOYMENTS_FILTER, ConfigType.STRING, "", "Extra filter on the employments; empty: none.")
            .optional(POSITIONS_FILTER, ConfigType.STRING, "", "Extra filter on the positions; empty: none.")
            .build();

    AfasSourceConfig {
        requireNonNull(connection, "connection is null");
        requireNonNull(contractsFrom, "contractsFrom is null");
    }

    static AfasSourceConfig from(ConnectorConfig config) {
        return new AfasSourceConfig(AfasConnection.from(config),
                ContractsFrom.valueOf(config.getString(CONTRACTS_FROM).toUpperCase(Locale.ROOT)),
                config.getBoolean(EXCLUDE_PERSONS_WITHOUT_CONTRACTS), config.getInt(PAGE_SIZE),
                config.getString(USERS_CONNECTOR), config.getString(EMPLOYMENTS_CONNECTOR),
                config.getString(POSITIONS_CONNECTOR), config.getString(ORGANIZATIONAL_UNITS_CONNECTOR),
                AfasFilter.parse(USERS_FILTER, config.getString(USERS_FILTER)),
                AfasFilter.parse(EMPLOYMENTS_FILTER, config.getString(EMPLOYMENTS_FILTER)),
                AfasFilter.parse(POSITIONS_FILTER, config.getString(POSITIONS_FILTER)));
    }
}
