package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import io.idbridge.engine.config.Threshold;
import io.idbridge.runtime.config.ProblemCollector;
import java.util.Set;

/** Reads thresholds written as a count ({@code 100}) or a percentage ({@code 10%}). */
final class Thresholds {
    private Thresholds() {
    }

    /** The threshold at {@code key}, or null when it is absent or invalid (then a problem is added). */
    static Threshold read(Config block, String key, String path, ProblemCollector problems) {
        if (!block.hasPath(key)) {
            return null;
        }
        ConfigValue value = block.getValue(key);
        String text = HoconValues.text(value);
        try {
            Threshold threshold = Threshold.parse(text == null ? "" : text);
            if (threshold.amount() < 0 || (threshold.percentage() && threshold.amount() > 100)) {
                throw new NumberFormatException("out of range");
            }
            return threshold;
        } catch (NumberFormatException invalid) {
            problems.add(path + "." + key, "must be a count such as 100 or a percentage such as 10%, got '"
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
