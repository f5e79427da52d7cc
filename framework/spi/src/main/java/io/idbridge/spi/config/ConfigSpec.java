package io.idbridge.spi.config;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of every key a connector accepts. The runtime binds the connector's HOCON block through it:
 * unknown keys, missing required keys, wrong types and failed validators are all reported together.
 */
public final class ConfigSpec {
    private final Map<String, ConfigKey> keys;
    private final List<ConfigKey> ordered;

    private ConfigSpec(Map<String, ConfigKey> keys) {
        this.keys = Map.copyOf(keys);
        this.ordered = List.copyOf(keys.values());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every key in declaration order. */
    public List<ConfigKey> keys() {
        return ordered;
    }

    public Optional<ConfigKey> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** Builds a spec; each method adds one key. */
    public static final class Builder {
        private final Map<String, ConfigKey> keys = new LinkedHashMap<>();

        public Builder required(String name, ConfigType type, String description) {
            return add(new ConfigKey(name, type, null, true, description, null));
        }

        public Builder required(String name, ConfigType type, String description, Validator validator) {
            return add(new ConfigKey(name, type, null, true, description, validator));
        }

        /** An optional key; {@code defaultValue} may be null for "absent unless set". */
        public Builder optional(String name, ConfigType type, Object defaultValue, String description) {
            return add(new ConfigKey(name, type, defaultValue, false, description, null));
        }

        public Builder optional(String name, ConfigType type, Object defaultValue, String description, Validator validator) {
            return add(new ConfigKey(name, type, defaultValue, false, description, validator));
        }

        public Builder add(ConfigKey key) {
            checkDefaultType(key);
            if (keys.putIfAbsent(key.name(), key) != null) {
                throw new IllegalArgumentException("key " + key.name() + " declared twice");
            }
            return this;
        }

        public ConfigSpec build() {
            return new ConfigSpec(keys);
        }

        private static void checkDefaultType(ConfigKey key) {
            Object value = key.defaultValue();
            if (value == null) {
                return;
            }
            Class<?> expected = switch (key.type()) {
                case STRING, URL -> String.class;
                case INT -> Integer.class;
                case LONG -> Long.class;
                case DOUBLE -> Double.class;
                case BOOLEAN -> Boolean.class;
                case DURATION -> Duration.class;
                case SECRET -> Secret.class;
                case LIST -> List.class;
            };
            if (!expected.isInstance(value)) {
                throw new IllegalArgumentException("default of " + key.name() + " must be a " + expected.getSimpleName());
            }
        }
    }
}
