package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.runtime.config.ProblemCollector;
import java.time.Duration;

/**
 * Reads single values of one block, reporting a missing or mistyped value at its file and line instead of stopping,
 * so that every mistake of a block is reported in one go.
 */
record SettingValues(Config block, String path, ProblemCollector problems) {
    String requiredText(String key) {
        if (!block.hasPath(key)) {
            problems.add(path + "." + key, "is required", block.root().origin());
            return null;
        }
        return text(key);
    }

    String text(String key) {
        if (!block.hasPath(key)) {
            return null;
        }
        ConfigValue value = block.getValue(key);
        if (value.valueType() != ConfigValueType.STRING || ((String) value.unwrapped()).isBlank()) {
            problems.add(path + "." + key, "must be a non-empty string", value.origin());
            return null;
        }
        return ((String) value.unwrapped()).trim();
    }

    int integer(String key, int fallback) {
        try {
            return block.hasPath(key) ? block.getInt(key) : fallback;
        } catch (ConfigException.WrongType wrongType) {
            problems.add(path + "." + key, "must be a whole number, got '" + block.getValue(key).unwrapped() + "'",
                    block.getValue(key).origin());
            return fallback;
        }
    }

    boolean bool(String key, boolean fallback) {
        try {
            return block.hasPath(key) ? block.getBoolean(key) : fallback;
        } catch (ConfigException.WrongType wrongType) {
            problems.add(path + "." + key, "must be true or false, got '" + block.getValue(key).unwrapped() + "'",
                    block.getValue(key).origin());
            return fallback;
        }
    }

    Duration duration(String key, Duration fallback) {
        try {
            return block.hasPath(key) ? block.getDuration(key) : fallback;
        } catch (ConfigException.WrongType | ConfigException.BadValue invalid) {
            problems.add(path + "." + key, "must be a duration such as 10s or 500ms, got '"
                    + block.getValue(key).unwrapped() + "'", block.getValue(key).origin());
            return fallback;
        }
    }
}
