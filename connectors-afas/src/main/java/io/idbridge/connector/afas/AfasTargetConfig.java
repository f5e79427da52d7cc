package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConfigType;
import io.idbridge.spi.config.ConnectorConfig;

/**
 * The bound configuration of an AFAS write-back target (systems.md §3.4 and §3.5).
 *
 * @param connection base URL, token and timeouts
 * @param getConnector the GetConnector the employee or user is looked up in
 * @param updateConnector the UpdateConnector written to ({@code KnUser} or {@code KnEmployee})
 * @param createUser users target only: whether an employee without an AFAS user gets one
 */
record AfasTargetConfig(AfasConnection connection, String getConnector, String updateConnector, boolean createUser) {
    static final String GET_CONNECTOR = "get-connector";
    static final String UPDATE_CONNECTOR = "update-connector";
    static final String CREATE_USER = "create-user";
    static final String DEFAULT_GET_CONNECTOR = "T4E_HelloID_Users_v2";

    static final ConfigSpec USERS_SPEC = AfasConnection.keys(ConfigSpec.builder())
            .optional(GET_CONNECTOR, ConfigType.STRING, DEFAULT_GET_CONNECTOR,
                    "GetConnector with one row per employee and the user's fields (Gebruiker, UPN, ...).")
            .optional(UPDATE_CONNECTOR, ConfigType.STRING, "KnUser", "UpdateConnector for users.")
            .optional(CREATE_USER, ConfigType.BOOLEAN, false,
                    "Create an AFAS user (POST KnUser, MtCd 1) for an employee who has none; the account data "
                            + "must then give UsId (e.g. '12345.' + person.externalId on AFAS Online). Off: an "
                            + "employee without a user is an error for that one action.")
            .build();

    static final ConfigSpec EMPLOYEES_SPEC = AfasConnection.keys(ConfigSpec.builder())
            .optional(GET_CONNECTOR, ConfigType.STRING, DEFAULT_GET_CONNECTOR,
                    "GetConnector with one row per employee (Medewerker, Persoonsnummer, Email_werk, ...).")
            .optional(UPDATE_CONNECTOR, ConfigType.STRING, "KnEmployee", "UpdateConnector for employees.")
            .build();

    AfasTargetConfig {
        requireNonNull(connection, "connection is null");
        requireNonNull(getConnector, "getConnector is null");
        requireNonNull(updateConnector, "updateConnector is null");
    }

    static AfasTargetConfig users(ConnectorConfig config) {
        return new AfasTargetConfig(AfasConnection.from(config), config.getString(GET_CONNECTOR),
                config.getString(UPDATE_CONNECTOR), config.getBoolean(CREATE_USER));
    }

    static AfasTargetConfig employees(ConnectorConfig config) {
        return new AfasTargetConfig(AfasConnection.from(config), config.getString(GET_CONNECTOR),
                config.getString(UPDATE_CONNECTOR), false);
    }
}
