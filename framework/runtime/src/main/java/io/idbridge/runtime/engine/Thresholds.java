package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.engine.config.Threshold;
import io.idbridge.runtime.config.ProblemCollector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads thresholds written as a count ({@code 100}), a percentage ({@code 10%}) or {@code off}. A key that is not
 * written keeps its safe default (removed persons, and disables, deletes and revokes, are held at 10 %), so a
 * configuration without thresholds is never unguarded; {@code thresholds = off} switches a whole block off.
 */
final class Thresholds {
    static final String OFF = "off";
    static final Threshold SAFE_DEFAULT = Threshold.parse("10%");
    /** The source threshold keys that have a safe default. */
    static final Map<String, Threshold> SOURCE_DEFAULTS = Map.of("removed", SAFE_DEFAULT);
    /** The target action types that have a safe default: the ones that take access away. */
    static final Map<String, Threshold> TARGET_DEFAULTS = Map.of("disable", SAFE_DEFAULT, "delete", SAFE_DEFAULT,
            "revoke", SAFE_DEFAULT);

    private Thresholds() {
    }

    /**
     * The thresholds of a {@code thresholds} block by key: the written ones, the defaults for keys not written, none
     * for keys written as {@code off}. Empty when the block itself is {@code off}.
     */
    static Map<String, Threshold> block(Config parent, Set<String> keys, Map<String, Threshold> defaults, String path,
                                        ProblemCollector problems) {
        Map<String, Threshold> result = new LinkedHashMap<>();
        if (!parent.hasPath("thresholds")) {
            result.putAll(defaults);
            return result;
        }
        ConfigValue value = parent.getValue("thresholds");
        if (value.valueType() != ConfigValueType.OBJECT) {
            if (!OFF.equals(HoconValues.text(value))) {
                problems.add(path + ".thresholds", "must be a block { ... } or off, got '" + value.unwrapped() + "'",
                        value.origin());
            }
            return result;
        }
        Config thresholds = parent.getConfig("thresholds");
        unknownKeys(thresholds, keys, path + ".thresholds", problems);
        for (String key : keys) {
            Threshold threshold = thresholds.hasPath(key) ? read(thresholds, key, path + ".thresholds", problems)
                    : defaults.get(key);
            if (threshold != null) {
                result.put(key, threshold);
            }
        }
        return result;
    }

    /** The threshold at {@code key}, or null when it is absent, {@code off} or invalid (then a problem is added). */
    static Threshold read(Config block, String key, String path, ProblemCollector problems) {
        if (!block.hasPath(key)) {
            return null;
        }
        ConfigValue value = block.getValue(key);
        String text = HoconValues.text(value);
        if (OFF.equals(text)) {
            return null;
        }
        try {
            Threshold threshold = Threshold.parse(text == null ? "" : text);
            if (threshold.amount() < 0 || (threshold.percentage() && threshold.amount() > 100)) {
                throw new NumberFormatException("out of range");
            }
            return threshold;
        } catch (NumberFormatException invalid) {
            problems.add(path + "." + key, "must be a count such as 100, a percentage such as 10% or off, got '"
                    + value.unwrapped() + "'", value.origin());
            return null;
        }
    }

    static void unknownKeys(Config block, Set<String> known, String path, ProblemCollector problems) {
        block.root().keySet().stream().filter(key -> !known.contains(key)).sorted().forEach(key ->
                problems.add(path + "." + key, "unknown key; expected one of " + String.join(", ",
                        new java.util.TreeSet<>(known)), block.root().get(key).origin()));
    }
}
