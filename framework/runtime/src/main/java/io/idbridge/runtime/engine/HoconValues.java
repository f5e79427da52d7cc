package io.idbridge.runtime.engine;

import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Small helpers to walk HOCON values. */
final class HoconValues {
    private HoconValues() {
    }

    /**
     * The leaves below {@code object} as dotted paths, in file order of their keys. An object for which
     * {@code stopAt} holds is returned as a leaf (e.g. a unique-field declaration).
     */
    static Map<String, ConfigValue> leaves(ConfigObject object, Predicate<ConfigObject> stopAt) {
        Map<String, ConfigValue> leaves = new LinkedHashMap<>();
        collect("", object, stopAt, leaves);
        return leaves;
    }

    private static void collect(String prefix, ConfigObject object, Predicate<ConfigObject> stopAt,
                                Map<String, ConfigValue> leaves) {
        object.keySet().stream().sorted().forEach(key -> {
            ConfigValue value = object.get(key);
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value.valueType() == ConfigValueType.OBJECT && !stopAt.test((ConfigObject) value)) {
                collect(path, (ConfigObject) value, stopAt, leaves);
            } else {
                leaves.put(path, value);
            }
        });
    }

    /** The value as text when it is a string, number or boolean; null otherwise. */
    static String text(ConfigValue value) {
        return switch (value.valueType()) {
            case STRING, NUMBER, BOOLEAN -> String.valueOf(value.unwrapped());
            default -> null;
        };
    }

    /** HOCON quotes keys with dots; a key as the user wrote it. */
    static String quote(String key) {
        return key.contains(".") ? "\"" + key + "\"" : key;
    }
}
