package io.idbridge.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Helpers for the nested maps that hold mapped fields. */
public final class Maps {
    private Maps() {
    }

    /** The value at a dotted path such as {@code name.nick}, or null when any part is missing. */
    public static Object path(Map<String, Object> map, String dottedPath) {
        Object current = map;
        for (String part : dottedPath.split("\\.")) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            current = nested.get(part);
        }
        return current;
    }

    /** Sets the value at a dotted path, creating intermediate maps. */
    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> map, String dottedPath, Object value) {
        String[] parts = dottedPath.split("\\.");
        Map<String, Object> current = map;
        for (int i = 0; i < parts.length - 1; i++) {
            Object next = current.get(parts[i]);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                current.put(parts[i], next);
            }
            current = (Map<String, Object>) next;
        }
        current.put(parts[parts.length - 1], value);
    }

    /** The leaves of a nested map as dotted paths, sorted. */
    public static Map<String, Object> flatten(Map<String, Object> map) {
        Map<String, Object> flat = new TreeMap<>();
        flattenInto("", map, flat);
        return flat;
    }

    @SuppressWarnings("unchecked")
    private static void flattenInto(String prefix, Map<String, Object> map, Map<String, Object> flat) {
        map.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flattenInto(path, (Map<String, Object>) nested, flat);
            } else {
                flat.put(path, value);
            }
        });
    }

    /**
     * An unmodifiable deep copy (maps and lists copied; null values kept), its maps sorted by key: the canonical JSON
     * of snapshots ({@code PersonCodec}) then needs no sorting of its own.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> deepCopy(Map<String, Object> map) {
        SortedMap<String, Object> copy = new TreeMap<>();
        map.forEach((key, value) -> copy.put(key, copyValue(value)));
        return Collections.unmodifiableSortedMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> nested) {
            return deepCopy((Map<String, Object>) nested);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(copyValue(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * A modifiable deep copy with numbers in the types expressions work with: whole numbers as {@link Long}, fractions
     * as {@link Double} (JSON readers and sources hand out {@code Integer} and {@code Float}, which CEL rejects).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mutableCopy(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, mutableValue(value)));
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Object mutableValue(Object value) {
        if (value instanceof Map<?, ?> nested) {
            return mutableCopy((Map<String, Object>) nested);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(mutableValue(item)));
            return copy;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        return value;
    }
}
