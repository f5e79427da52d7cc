package io.idbridge.connector.afas;

import static java.util.Objects.requireNonNull;

import io.idbridge.connector.afas.AfasClient.RowShape;
import io.idbridge.connector.afas.AfasSourceConfig.ContractsFrom;
import io.idbridge.spi.source.RecordKind;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceContract;
import io.idbridge.spi.source.SourceDepartment;
import io.idbridge.spi.source.SourcePerson;
import java.time.Clock;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Persons with contracts from the AFAS GetConnectors, as the Tools4ever source connector builds them (systems.md
 * §3.3). The organisational units and the contracts are read first and grouped by employee; the Users rows, one per
 * employee, are then streamed page by page and each becomes a person: external id {@code Medewerker}, every Users
 * field, {@code ManagerOf} (the units this person manages) and {@code Medewerkernummer_leidinggevende} (the manager
 * of the first contract active today, else of the first contract). Contract fields carry the prefix {@code empl_} or
 * {@code pos_}, plus {@code All_Department_ExternalIds}, the unit and its ancestors. AFAS nulls become empty text, as
 * blank CSV cells do, so mappings compare with {@code ''}.
 */
final class AfasSourceConnector implements SourceConnector {
    private static final String USERS_ORDER = "Medewerker";
    private static final String UNITS_ORDER = "ExternalId";
    private static final String EMPLOYMENTS_ORDER = "ExternalID,Medewerker,Begindatum_functie";
    private static final String POSITIONS_ORDER = "ExternalID,EmploymentExternalID,Medewerker,Begindatum_functie";

    /** Rows are parsed with AFAS nulls as empty text and contract rows with their prefixed names. */
    private static final RowShape USER_ROWS = new RowShape(UnaryOperator.identity(), "");
    private static final RowShape EMPLOYMENT_ROWS = new RowShape(new Prefix("empl_")::name, "");
    private static final RowShape POSITION_ROWS = new RowShape(new Prefix("pos_")::name, "");

    private final AfasSourceConfig config;
    private final AfasClient client;
    private final Clock clock;

    AfasSourceConnector(AfasSourceConfig config, AfasClient client, Clock clock) {
        this.config = requireNonNull(config, "config is null");
        this.client = requireNonNull(client, "client is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public void test() {
        client.checkAccess(config.usersConnector(), USERS_ORDER);
    }

    @Override
    public Stream<SourcePerson> persons() {
        Map<String, Map<String, Object>> units = readUnits();
        Map<String, List<SourceContract>> contracts = readContracts(units);
        Map<String, List<String>> managed = new HashMap<>();
        units.values().forEach(unit -> {
            String manager = text(unit.get("ManagerExternalId"));
            if (!manager.isEmpty()) {
                managed.computeIfAbsent(manager, key -> new ArrayList<>()).add(text(unit.get("ExternalId")));
            }
        });
        LocalDate today = LocalDate.now(clock);
        return client.rows(config.usersConnector(), USERS_ORDER, config.usersFilter(), config.pageSize(), USER_ROWS)
                .map(row -> {
                    String id = text(row.get("Medewerker"));
                    List<SourceContract> own = contracts.getOrDefault(id, List.of());
                    row.put("ManagerOf", quotedList(managed.getOrDefault(id, List.of())));
                    row.put("Medewerkernummer_leidinggevende", manager(own, today));
                    return new SourcePerson(id.isEmpty() ? null : id, row, own,
                            "GetConnector " + config.usersConnector() + " Medewerker " + id);
                })
                .filter(person -> !config.excludePersonsWithoutContracts() || !person.contracts().isEmpty());
    }

    @Override
    public Stream<SourceDepartment> departments() {
        return client.rows(config.organizationalUnitsConnector(), UNITS_ORDER, AfasFilter.NONE, config.pageSize())
                .map(row -> new SourceDepartment(text(row.get("ExternalId")), text(row.get("DisplayName")),
                        blankToNull(text(row.get("ParentExternalId"))),
                        blankToNull(text(row.get("ManagerExternalId")))));
    }

    @Override
    public Optional<String> origin(RecordKind kind) {
        String connector = switch (kind) {
            case PERSONS -> config.usersConnector();
            case CONTRACTS -> config.contractsFrom() == ContractsFrom.POSITIONS
                    ? config.employmentsConnector() + " and " + config.positionsConnector()
                    : config.employmentsConnector();
            case DEPARTMENTS -> config.organizationalUnitsConnector();
        };
        return Optional.of("AFAS GetConnector " + connector);
    }

    @Override
    public void close() {
        client.close();
    }

    private Map<String, Map<String, Object>> readUnits() {
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        try (Stream<Map<String, Object>> rows = client.rows(config.organizationalUnitsConnector(), UNITS_ORDER,
                AfasFilter.NONE, config.pageSize())) {
            rows.forEach(row -> units.put(text(row.get("ExternalId")), row));
        }
        return units;
    }

    /**
     * Every employee's contracts, in the GetConnectors' order. The rows become the contracts' own maps: a position is
     * a contract with its employment's fields after its own, an employment without positions is the contract itself.
     */
    private Map<String, List<SourceContract>> readContracts(Map<String, Map<String, Object>> units) {
        Map<String, List<Map<String, Object>>> positionsByEmployment = new HashMap<>();
        if (config.contractsFrom() == ContractsFrom.POSITIONS) {
            try (Stream<Map<String, Object>> rows = client.rows(config.positionsConnector(), POSITIONS_ORDER,
                    config.positionsFilter(), config.pageSize(), POSITION_ROWS)) {
                rows.forEach(row -> positionsByEmployment.computeIfAbsent(text(row.get("pos_EmploymentExternalID")),
                        key -> new ArrayList<>()).add(row));
            }
        }
        Map<String, List<SourceContract>> contracts = new HashMap<>();
        try (Stream<Map<String, Object>> rows = client.rows(config.employmentsConnector(), EMPLOYMENTS_ORDER,
                config.employmentsFilter(), config.pageSize(), EMPLOYMENT_ROWS)) {
            rows.forEach(employment -> {
                List<SourceContract> own = contracts.computeIfAbsent(text(employment.get("empl_Medewerker")),
                        key -> new ArrayList<>());
                List<Map<String, Object>> positions = positionsByEmployment.remove(
                        text(employment.get("empl_ExternalID")));
                if (positions == null) {
                    own.add(contract(employment, Map.of(), employment.get("empl_Organisatorische_eenheid_code"),
                            units));
                } else {
                    for (Map<String, Object> position : positions) {
                        own.add(contract(position, employment, position.get("pos_Organisatorische_eenheid_code"),
                                units));
                    }
                }
            });
        }
        return contracts;
    }

    /** @param employment the fields after {@code own}'s (a position's employment), or none */
    private static SourceContract contract(Map<String, Object> own, Map<String, Object> employment, Object unit,
                                           Map<String, Map<String, Object>> units) {
        own.put("All_Department_ExternalIds", quotedList(unitAndAncestors(text(unit), units)));
        return new SourceContract(employment.isEmpty() ? own : new PositionFields(own, employment));
    }

    /**
     * A position's fields followed by its employment's, without copying them into one map: a copy per position (about
     * 60 fields each, 45,000 contracts at 30,000 employees) was a tenth of the read and much of its garbage. The names
     * never clash, because the prefixes differ; an employment's map is shared by its positions and never changed.
     */
    private static final class PositionFields extends AbstractMap<String, Object> {
        private final Map<String, Object> position;
        private final Map<String, Object> employment;

        PositionFields(Map<String, Object> position, Map<String, Object> employment) {
            this.position = position;
            this.employment = employment;
        }

        @Override
        public Object get(Object name) {
            Object value = position.get(name);
            return value != null || position.containsKey(name) ? value : employment.get(name);
        }

        @Override
        public boolean containsKey(Object name) {
            return position.containsKey(name) || employment.containsKey(name);
        }

        @Override
        public int size() {
            return position.size() + employment.size();
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, Object>> first = position.entrySet().iterator();
                    Iterator<Entry<String, Object>> second = employment.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return first.hasNext() || second.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            return first.hasNext() ? first.next() : second.next();
                        }
                    };
                }

                @Override
                public int size() {
                    return PositionFields.this.size();
                }
            };
        }
    }

    /** The unit and its parents, nearest first; stops at a unit it has seen (a loop in AFAS's data). */
    private static List<String> unitAndAncestors(String code, Map<String, Map<String, Object>> units) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = code;
        while (!current.isEmpty() && seen.add(current)) {
            chain.add(current);
            Map<String, Object> unit = units.get(current);
            current = unit == null ? "" : text(unit.get("ParentExternalId"));
        }
        return chain;
    }

    private static String manager(List<SourceContract> contracts, LocalDate today) {
        SourceContract chosen = contracts.stream().filter(contract -> activeOn(contract, today)).findFirst()
                .orElse(contracts.isEmpty() ? null : contracts.get(0));
        if (chosen == null) {
            return "";
        }
        Object manager = chosen.fields().get("pos_Medewerkernummer_leidinggevende");
        return text(manager).isEmpty() ? text(chosen.fields().get("empl_Medewerkernummer_leidinggevende"))
                : text(manager);
    }

    private static boolean activeOn(SourceContract contract, LocalDate today) {
        Map<String, Object> fields = contract.fields();
        String start = text(fields.getOrDefault("pos_Begindatum_functie", fields.get("empl_Begindatum_contract")));
        String end = text(fields.getOrDefault("pos_Einddatum_functie", fields.get("empl_Einddatum_contract")));
        String day = today.toString();
        return !start.isEmpty() && day(start).compareTo(day) <= 0 && (end.isEmpty() || day(end).compareTo(day) >= 0);
    }

    /** {@code 2024-03-01} of AFAS's {@code 2024-03-01T00:00:00Z}. */
    private static String day(String date) {
        return date.length() > 10 ? date.substring(0, 10) : date;
    }

    /**
     * A field-name prefix. Each prefixed name is made once and reused: a fresh string per row and field would be
     * rehashed on every put (a third of the read's CPU at 45,000 contracts).
     */
    private static final class Prefix {
        private final Map<String, String> names = new ConcurrentHashMap<>();
        /** One function for every look-up: a lambda capturing the prefix at each call was allocated per field. */
        private final Function<String, String> prefixed;

        Prefix(String prefix) {
            this.prefixed = name -> prefix + name;
        }

        String name(String field) {
            return names.computeIfAbsent(field, prefixed);
        }
    }

    /** The reference connector's quoted CSV, e.g. {@code "T01","D01","ORG"}. */
    private static String quotedList(List<String> values) {
        return values.stream().map(value -> '"' + value + '"').collect(Collectors.joining(","));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
