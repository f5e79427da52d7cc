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

    /**
     * The value at a dotted path such as {@code name.nick}, or null when any part is missing. Walks the path with
     * {@code indexOf}: this runs several times per field of every person, and splitting on a regex was a sixth of an
     * import's time.
     */
    public static Object path(Map<String, Object> map, String dottedPath) {
        Object current = map;
        int start = 0;
        while (true) {
            if (!(current instanceof Map<?, ?> nested)) {
                return null;
            }
            int dot = dottedPath.indexOf('.', start);
            if (dot < 0) {
                return nested.get(start == 0 ? dottedPath : dottedPath.substring(start));
            }
            current = nested.get(dottedPath.substring(start, dot));
            start = dot + 1;
        }
    }

    /** Sets the value at a dotted path, creating intermediate maps. */
    @SuppressWarnings("unchecked")
    public static void put(Map<String, Object> map, String dottedPath, Object value) {
        Map<String, Object> current = map;
        int start = 0;
        int dot;
        while ((dot = dottedPath.indexOf('.', start)) >= 0) {
            String part = dottedPath.substring(start, dot);
            Object next = current.get(part);
            if (!(next instanceof Map)) {
                next = new LinkedHashMap<String, Object>();
                current.put(part, next);
            }
            current = (Map<String, Object>) next;
            start = dot + 1;
        }
        current.put(start == 0 ? dottedPath : dottedPath.substring(start), value);
    }

    /**
     * An unmodifiable copy sorted by key: configuration maps that are evaluated in field order for every person are
     * sorted once here instead of at every evaluation.
     */
    public static <V> SortedMap<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
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

    /**
     * The map itself when every value in it is already of a type expressions work with (text, boolean, long, double,
     * null, and maps and lists of those), else a {@link #mutableCopy}: source records are mostly text, and copying
     * each one only to read it was a tenth of an import.
     */
    public static Map<String, Object> forExpressions(Map<String, Object> map) {
        return map.values().stream().allMatch(Maps::expressionReady) ? map : mutableCopy(map);
    }

    private static boolean expressionReady(Object value) {
        if (value instanceof Map<?, ?> nested) {
            return nested.values().stream().allMatch(Maps::expressionReady);
        }
        if (value instanceof List<?> list) {
            return list.stream().allMatch(Maps::expressionReady);
        }
        return value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double;
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
