package io.idbridge.spi.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Account field values, flat: nested target fields use dotted names ({@code userAttributes.department}).
 * Values are {@link String}, {@link Boolean}, {@link Long}, {@link Double}, a {@link java.util.List} of those, or
 * null (an explicit "clear this field").
 */
public record AccountData(Map<String, Object> values) {
    public static final AccountData EMPTY = new AccountData(Map.of());

    public AccountData {
        requireNonNull(values, "values is null");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String field) {
        return values.get(field);
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** The fields of {@code desired} whose value differs from this data; a field absent here counts as null. */
    public Set<String> changedFields(AccountData desired) {
        Set<String> changed = new TreeSet<>();
        desired.values.forEach((field, value) -> {
            if (!Objects.equals(normalize(values.get(field)), normalize(value))) {
                changed.add(field);
            }
        });
        return changed;
    }

    /** This data with the given fields overwritten. */
    public AccountData with(AccountData overrides) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(overrides.values);
        return new AccountData(merged);
    }

    // Targets return numbers and booleans in their own JSON types; compare their text so 1 equals 1L equals "1".
    private static Object normalize(Object value) {
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return value;
    }
}
