package io.idbridge.sandbox.afas;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows behind the four GetConnectors, and the built-in date scope of the Tools4ever connectors (systems.md §3.2):
 * an employment is in scope when its contract and its function start before today + 3 months and end after today − 3
 * months (or never) and the employee type is not {@code N}; a position when its function dates are in that window and
 * its employment's type is not {@code N}; a Users row when the employee has an employment whose contract dates are in
 * that window. Thread-safe: every method holds the store's lock.
 *
 * <p>A write-back asks for one row at a time ({@code filterfieldids=Gebruiker&operatortypes=1}) between its writes, so
 * three things are kept between requests: which rows are in scope (until a row that decides scope changes), per field
 * an equality index over them (until any row of that GetConnector changes), and sorted listings (until any change).
 */
final class AfasStore {
    private final Map<String, Map<String, Map<String, Object>>> tables = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> sortedListings = new HashMap<>();
    /** Per GetConnector, the keys of the rows in scope, in insertion order. */
    private final Map<String, List<String>> scopedKeys = new HashMap<>();
    /** Per GetConnector and field, the in-scope row keys by {@link AfasQuery#indexKey} of the field's value. */
    private final Map<String, Map<String, Map<String, List<String>>>> indexes = new HashMap<>();
    private LocalDate today = LocalDate.now();

    AfasStore() {
        clear();
    }

    synchronized void clear() {
        tables.clear();
        AfasFields.BY_CONNECTOR.keySet().forEach(connector -> tables.put(connector, new LinkedHashMap<>()));
        forgetScope();
    }

    synchronized LocalDate today() {
        return today;
    }

    synchronized void today(LocalDate date) {
        today = requireNonNull(date, "date is null");
        forgetScope();
    }

    /** Adds or replaces a row; fields the GetConnector lacks are refused, fields not given are null. */
    synchronized Map<String, Object> put(String connector, Map<String, ?> fields) {
        List<String> known = fields(connector);
        Map<String, Object> row = new LinkedHashMap<>();
        known.forEach(field -> row.put(field, null));
        fields.forEach((field, value) -> {
            if (!known.contains(field)) {
                throw new IllegalArgumentException(connector + " has no field " + field);
            }
            row.put(field, value);
        });
        Object key = row.get(AfasFields.KEY.get(connector));
        if (key == null || key.toString().isBlank()) {
            throw new IllegalArgumentException(connector + " row without " + AfasFields.KEY.get(connector));
        }
        tables.get(connector).put(key.toString(), row);
        changed(connector, true);
        return new LinkedHashMap<>(row);
    }

    synchronized boolean remove(String connector, String key) {
        boolean removed = table(connector).remove(key) != null;
        changed(connector, true);
        return removed;
    }

    /** Changes fields of the row with this key; empty when there is none. */
    synchronized boolean change(String connector, String key, Map<String, ?> changes) {
        Map<String, Object> row = table(connector).get(key);
        if (row == null) {
            return false;
        }
        changes.forEach((field, value) -> {
            if (!row.containsKey(field)) {
                throw new IllegalArgumentException(connector + " has no field " + field);
            }
            row.put(field, value);
        });
        changed(connector, false);
        return true;
    }

    /** Every row, scope ignored, in insertion order; copies. */
    synchronized List<Map<String, Object>> rows(String connector) {
        return table(connector).values().stream().map(LinkedHashMap::new).map(row -> (Map<String, Object>) row)
                .toList();
    }

    synchronized Map<String, Object> row(String connector, String key) {
        Map<String, Object> row = table(connector).get(key);
        return row == null ? null : new LinkedHashMap<>(row);
    }

    /** One page of a GetConnector: scope, filter, sort, then skip and take. Rows are copies. */
    synchronized List<Map<String, Object>> page(String connector, AfasQuery query) {
        query.checkFields(fields(connector));
        List<Map<String, Object>> listing = sortedListings.computeIfAbsent(connector + "|" + query.listingKey(),
                key -> {
                    List<Map<String, Object>> matching = new ArrayList<>();
                    for (Map<String, Object> row : candidates(connector, query)) {
                        if (query.matches(row)) {
                            matching.add(row);
                        }
                    }
                    matching.sort(query.comparator());
                    return matching;
                });
        int from = Math.min(query.skip(), listing.size());
        int to = (int) Math.min((long) from + query.take(), listing.size());
        return listing.subList(from, to).stream().map(LinkedHashMap::new).map(row -> (Map<String, Object>) row)
                .toList();
    }

    /** The Users row of the employee with this Persoonsnummer, live (the caller holds the lock); null when none. */
    Map<String, Object> employeeByPersonNumber(String personNumber) {
        return table(AfasFields.USERS).values().stream()
                .filter(row -> personNumber.equals(String.valueOf(row.get("Persoonsnummer")))).findFirst()
                .orElse(null);
    }

    /** The Users row holding this user id, live (the caller holds the lock); null when none. */
    Map<String, Object> employeeByUserId(String userId) {
        return table(AfasFields.USERS).values().stream()
                .filter(row -> userId.equalsIgnoreCase(String.valueOf(row.get("Gebruiker")))).findFirst()
                .orElse(null);
    }

    /** The live Users row of this employee (the caller holds the lock); null when none. */
    Map<String, Object> employee(String medewerker) {
        return table(AfasFields.USERS).get(medewerker);
    }

    /** Called by updates after changing live rows of a GetConnector (in place: no row comes or goes). */
    void changed(String connector) {
        changed(connector, false);
    }

    /**
     * Forgets what the change makes stale: every listing; the indexes of the connector; and which rows are in scope
     * when rows came or went, or when employments or positions changed (their dates decide scope, and employments
     * decide the Users' scope).
     */
    private void changed(String connector, boolean rowsCameOrWent) {
        sortedListings.clear();
        indexes.remove(connector);
        if (connector.equals(AfasFields.EMPLOYMENTS)) {
            forgetScope();
        } else if (rowsCameOrWent || connector.equals(AfasFields.POSITIONS)) {
            scopedKeys.remove(connector);
        }
    }

    private void forgetScope() {
        sortedListings.clear();
        scopedKeys.clear();
        indexes.clear();
    }

    /** The rows a query can match: for a lone equality condition those the index gives, else every row in scope. */
    private List<Map<String, Object>> candidates(String connector, AfasQuery query) {
        Map<String, Map<String, Object>> table = table(connector);
        List<String> keys = query.loneEquality().map(condition -> {
            Map<String, List<String>> index = index(connector, condition.field());
            List<String> found = new ArrayList<>();
            AfasQuery.lookupKeys(condition.value()).forEach(key -> found.addAll(index.getOrDefault(key, List.of())));
            return found;
        }).orElseGet(() -> scoped(connector));
        List<Map<String, Object>> rows = new ArrayList<>(keys.size());
        keys.forEach(key -> rows.add(table.get(key)));
        return rows;
    }

    private Map<String, List<String>> index(String connector, String field) {
        return indexes.computeIfAbsent(connector, name -> new HashMap<>()).computeIfAbsent(field, name -> {
            Map<String, Map<String, Object>> table = table(connector);
            Map<String, List<String>> index = new HashMap<>();
            for (String key : scoped(connector)) {
                Object value = table.get(key).get(field);
                if (value != null) {
                    index.computeIfAbsent(AfasQuery.indexKey(value), absent -> new ArrayList<>(1)).add(key);
                }
            }
            return index;
        });
    }

    private List<String> scoped(String connector) {
        return scopedKeys.computeIfAbsent(connector, name -> {
            String keyField = AfasFields.KEY.get(connector);
            return inScope(connector).stream().map(row -> row.get(keyField).toString()).toList();
        });
    }

    private List<Map<String, Object>> inScope(String connector) {
        Map<String, Map<String, Object>> table = table(connector);
        return switch (connector) {
            case AfasFields.USERS -> {
                Set<String> employed = new HashSet<>();
                for (Map<String, Object> employment : table(AfasFields.EMPLOYMENTS).values()) {
                    if (inWindow(employment.get("Begindatum_contract"), employment.get("Einddatum_contract"))) {
                        employed.add(String.valueOf(employment.get("Medewerker")));
                    }
                }
                yield table.values().stream().filter(row -> employed.contains(String.valueOf(row.get("Medewerker"))))
                        .toList();
            }
            case AfasFields.EMPLOYMENTS -> table.values().stream().filter(this::employmentInScope).toList();
            case AfasFields.POSITIONS -> table.values().stream().filter(row -> {
                Map<String, Object> employment = table(AfasFields.EMPLOYMENTS)
                        .get(String.valueOf(row.get("EmploymentExternalID")));
                boolean external = employment != null && "N".equals(employment.get("Soort_medewerker_code"));
                return !external && inWindow(row.get("Begindatum_functie"), row.get("Einddatum_functie"));
            }).toList();
            default -> List.copyOf(table.values());
        };
    }

    private boolean employmentInScope(Map<String, Object> row) {
        return !"N".equals(row.get("Soort_medewerker_code"))
                && inWindow(row.get("Begindatum_contract"), row.get("Einddatum_contract"))
                && inWindow(row.get("Begindatum_functie"), row.get("Einddatum_functie"));
    }

    private boolean inWindow(Object start, Object end) {
        LocalDate startDate = date(start);
        LocalDate endDate = date(end);
        boolean started = startDate == null || startDate.isBefore(today.plusMonths(3));
        boolean notLongEnded = endDate == null || endDate.isAfter(today.minusMonths(3));
        return started && notLongEnded;
    }

    /** AFAS gives dates as {@code 2024-03-01T00:00:00Z}; null or empty is none. */
    static LocalDate date(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return null;
        }
        String text = value.toString();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private Map<String, Map<String, Object>> table(String connector) {
        Map<String, Map<String, Object>> table = tables.get(connector);
        if (table == null) {
            throw new IllegalArgumentException("no GetConnector " + connector + "; known: " + tables.keySet());
        }
        return table;
    }

    private static List<String> fields(String connector) {
        List<String> fields = AfasFields.BY_CONNECTOR.get(connector);
        if (fields == null) {
            throw new IllegalArgumentException("no GetConnector " + connector);
        }
        return fields;
    }
}
