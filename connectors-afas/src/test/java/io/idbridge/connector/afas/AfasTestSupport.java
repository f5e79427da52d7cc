package io.idbridge.connector.afas;

import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConfigSpec;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds AFAS connectors against the simulator and seeds employees. */
final class AfasTestSupport {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private AfasTestSupport() {
    }

    record TestContext(String instanceName, Clock clock) implements ConnectorContext {
    }

    static AfasSourceConnector source(String baseUrl, Map<String, Object> extra) {
        return (AfasSourceConnector) new AfasSourceConnectorFactory().create(new TestContext("afas", CLOCK),
                config(AfasSourceConfig.SPEC, baseUrl, extra));
    }

    static AfasUsersTargetConnector users(String baseUrl, Map<String, Object> extra) {
        return (AfasUsersTargetConnector) new AfasUsersTargetConnectorFactory().create(
                new TestContext("afas-writeback", CLOCK), config(AfasTargetConfig.USERS_SPEC, baseUrl, extra));
    }

    static AfasEmployeesTargetConnector employees(String baseUrl, Map<String, Object> extra) {
        return (AfasEmployeesTargetConnector) new AfasEmployeesTargetConnectorFactory().create(
                new TestContext("afas-employees", CLOCK), config(AfasTargetConfig.EMPLOYEES_SPEC, baseUrl, extra));
    }

    private static ConnectorConfig config(ConfigSpec spec, String baseUrl, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>();
        values.put(AfasConnection.BASE_URL, baseUrl);
        values.put(AfasConnection.TOKEN, new Secret(AfasSimulator.DEFAULT_TOKEN));
        values.putAll(extra);
        return new ConnectorConfig(spec, values);
    }

    /** An employee in the date scope with one employment from 2020, with or without an AFAS user. */
    static void employee(AfasSimulator afas, String medewerker, String displayName, String userId) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("Medewerker", medewerker);
        user.put("Persoonsnummer", "P" + medewerker);
        user.put("DisplayName", displayName);
        user.put("Roepnaam", displayName.split(" ")[0]);
        user.put("Geboortenaam", displayName.substring(displayName.indexOf(' ') + 1));
        user.put("Gebruiker", userId);
        user.put("Geblokkeerd", false);
        user.put("InSite", true);
        user.put("OutSite", false);
        afas.addRow(AfasSimulator.USERS, user);
        Map<String, Object> employment = new LinkedHashMap<>();
        employment.put("Medewerker", medewerker);
        employment.put("Persoonsnummer", "P" + medewerker);
        employment.put("ExternalID", medewerker + "-1");
        employment.put("Organisatorische_eenheid_code", "ORG");
        employment.put("Begindatum_contract", "2020-01-01T00:00:00Z");
        employment.put("Begindatum_functie", "2020-01-01T00:00:00Z");
        employment.put("Soort_medewerker_code", "I");
        afas.addRow(AfasSimulator.EMPLOYMENTS, employment);
    }
}
