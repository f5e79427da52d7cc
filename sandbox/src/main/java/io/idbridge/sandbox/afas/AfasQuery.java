package io.idbridge.sandbox.afas;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of a GetConnector request (systems.md §3.1): {@code skip}, {@code take} (default 100),
 * {@code orderbyfieldids} ({@code -} for descending) and the filter triple {@code filterfieldids},
 * {@code filtervalues}, {@code operatortypes}. Commas AND the conditions of one group, {@code ;} ORs groups (the
 * UNVERIFIED reading, chosen here). Text compares case-insensitively, as AFAS's SQL Server collation does.
 */
record AfasQuery(int skip, int take, List<String> orderBy, List<List<Condition>> filterGroups) {
    static final int DEFAULT_TAKE = 100;

    /** One condition: a field, an operator type (1–9) and a value. */
    record Condition(String field, int operator, String value) {
    }

    static AfasQuery parse(Map<String, String> parameters) {
        int skip = number(parameters, "skip", 0);
        int take = number(parameters, "take", DEFAULT_TAKE);
        if (skip < 0 || take < 0) {
            throw new AfasApiException(400, "skip and take must not be negative");
        }
        List<String> orderBy = parameters.containsKey("orderbyfieldids")
                ? List.of(parameters.get("orderbyfieldids").split(","))
                : List.of();
        return new AfasQuery(skip, take, orderBy, filters(parameters));
    }

    /** Checks every field named in sorting or filtering exists in the GetConnector. */
    void checkFields(List<String> fields) {
        for (String field : orderBy) {
            requireField(fields, field.startsWith("-") ? field.substring(1) : field);
        }
        filterGroups.forEach(group -> group.forEach(condition -> requireField(fields, condition.field())));
    }

    boolean matches(Map<String, Object> row) {
        return filterGroups.isEmpty() || filterGroups.stream()
                .anyMatch(group -> group.stream().allMatch(condition -> holds(condition, row.get(condition.field()))));
    }

    Comparator<Map<String, Object>> comparator() {
        Comparator<Map<String, Object>> order = (left, right) -> 0;
        for (String field : orderBy) {
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            Comparator<Map<String, Object>> byField = (left, right) -> compare(left.get(name), right.get(name));
            order = order.thenComparing(descending ? byField.reversed() : byField);
        }
        return order;
    }

    /** The condition, when the filter is exactly one "equal to" condition (a lookup by one field's value). */
    Optional<Condition> loneEquality() {
        return filterGroups.size() == 1 && filterGroups.get(0).size() == 1 && filterGroups.get(0).get(0).operator() == 1
                ? Optional.of(filterGroups.get(0).get(0)) : Optional.empty();
    }

    /**
     * The key under which an index holds a row's value, such that {@code compare(value, filter) == 0} only when one
     * of {@link #lookupKeys(String)} of the filter is this key: numbers by value, everything else as lower-case text.
     */
    static String indexKey(Object value) {
        BigDecimal number = value instanceof Number ? decimal(value) : null;
        return number != null ? "#" + number.stripTrailingZeros().toPlainString() : lower(value);
    }

    /** The index keys a row's value may have to equal this filter value. */
    static List<String> lookupKeys(String filterValue) {
        BigDecimal number = decimal(filterValue);
        return number == null ? List.of(lower(filterValue))
                : List.of(lower(filterValue), "#" + number.stripTrailingZeros().toPlainString());
    }

    /** Whether the filter is the same, ignoring paging: pages of one listing share their sorted rows. */
    String listingKey() {
        return orderBy + "|" + filterGroups;
    }

    private static void requireField(List<String> fields, String field) {
        if (!fields.contains(field)) {
            throw AfasApiException.rejected("Het veld '" + field + "' bestaat niet in deze GetConnector.");
        }
    }

    private static List<List<Condition>> filters(Map<String, String> parameters) {
        String fields = parameters.get("filterfieldids");
        if (fields == null || fields.isEmpty()) {
            return List.of();
        }
        String[] fieldGroups = fields.split(";", -1);
        String[] valueGroups = parameters.getOrDefault("filtervalues", "").split(";", -1);
        String[] operatorGroups = parameters.getOrDefault("operatortypes", "").split(";", -1);
        if (valueGroups.length != fieldGroups.length || operatorGroups.length != fieldGroups.length) {
            throw new AfasApiException(400, "filterfieldids, filtervalues and operatortypes differ in groups");
        }
        List<List<Condition>> groups = new ArrayList<>();
        for (int group = 0; group < fieldGroups.length; group++) {
            String[] names = fieldGroups[group].split(",", -1);
            String[] values = valueGroups[group].split(",", -1);
            String[] operators = operatorGroups[group].split(",", -1);
            if (values.length != names.length || operators.length != names.length) {
                throw new AfasApiException(400, "filterfieldids, filtervalues and operatortypes differ in length");
            }
            List<Condition> conditions = new ArrayList<>();
            for (int index = 0; index < names.length; index++) {
                int operator;
                try {
                    operator = Integer.parseInt(operators[index].trim());
                } catch (NumberFormatException notANumber) {
                    throw new AfasApiException(400, "operatortypes must be numbers, got '" + operators[index] + "'");
                }
                if (operator < 1 || operator > 9) {
                    throw new AfasApiException(400, "operator type " + operator + " is not supported (1-9)");
                }
                conditions.add(new Condition(names[index], operator, values[index]));
            }
            groups.add(List.copyOf(conditions));
        }
        return List.copyOf(groups);
    }

    private static boolean holds(Condition condition, Object value) {
        boolean empty = value == null || value.toString().isEmpty();
        return switch (condition.operator()) {
            case 1 -> !empty && compare(value, condition.value()) == 0;
            case 2 -> !empty && compare(value, condition.value()) >= 0;
            case 3 -> !empty && compare(value, condition.value()) <= 0;
            case 4 -> !empty && compare(value, condition.value()) > 0;
            case 5 -> !empty && compare(value, condition.value()) < 0;
            case 6 -> !empty && lower(value).contains(lower(condition.value()));
            case 7 -> empty || compare(value, condition.value()) != 0;
            case 8 -> empty;
            case 9 -> !empty;
            default -> throw new IllegalStateException("operator checked when parsed: " + condition.operator());
        };
    }

    /** Nulls first; numbers by value; everything else as case-insensitive text. Sorting is stable for ties. */
    static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return left == null ? (right == null ? 0 : -1) : 1;
        }
        BigDecimal leftNumber = decimal(left);
        BigDecimal rightNumber = decimal(right);
        if (leftNumber != null && rightNumber != null && (left instanceof Number || right instanceof Number)) {
            return leftNumber.compareTo(rightNumber);
        }
        return lower(left).compareTo(lower(right));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Boolean) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String lower(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }

    private static int number(Map<String, String> parameters, String name, int fallback) {
        String text = parameters.get(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException notANumber) {
            throw new AfasApiException(400, name + " must be a whole number, got '" + text + "'");
        }
    }
}
