package io.idbridge.spi.config;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A connector's validated configuration: every declared key, converted to its bound type, with defaults applied.
 * Asking for an undeclared key or with the wrong type is a programming error ({@link IllegalArgumentException}).
 */
public final class ConnectorConfig {
    private final ConfigSpec spec;
    private final Map<String, Object> values;

    /** Built by the runtime after validation; {@code values} holds bound values, absent keys mean "not set". */
    public ConnectorConfig(ConfigSpec spec, Map<String, Object> values) {
        this.spec = requireNonNull(spec, "spec is null");
        this.values = Map.copyOf(requireNonNull(values, "values is null"));
    }

    public ConfigSpec spec() {
        return spec;
    }

    public String getString(String key) {
        return get(key, String.class);
    }

    public int getInt(String key) {
        return get(key, Integer.class);
    }

    public long getLong(String key) {
        return get(key, Long.class);
    }

    public double getDouble(String key) {
        return get(key, Double.class);
    }

    public boolean getBoolean(String key) {
        return get(key, Boolean.class);
    }

    public Duration getDuration(String key) {
        return get(key, Duration.class);
    }

    public Secret getSecret(String key) {
        return get(key, Secret.class);
    }

    @SuppressWarnings("unchecked")
    public List<String> getList(String key) {
        return (List<String>) get(key, List.class);
    }

    /** The value of an optional key without a default, or empty when it is not set. */
    public <T> Optional<T> find(String key, Class<T> type) {
        declared(key);
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }

    private <T> T get(String key, Class<T> type) {
        ConfigKey declared = declared(key);
        Object value = values.containsKey(key) ? values.get(key) : declared.defaultValue();
        if (value == null) {
            throw new IllegalArgumentException("config key " + key + " is not set and has no default");
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("config key " + key + " is a " + declared.type().displayName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private ConfigKey declared(String key) {
        return spec.key(key).orElseThrow(() -> new IllegalArgumentException("config key " + key + " is not declared"));
    }

    /** Secrets are masked. */
    @Override
    public String toString() {
        Map<String, Object> shown = new TreeMap<>();
        values.forEach((key, value) -> shown.put(key, value instanceof Secret ? Secret.MASK : value));
        return "ConnectorConfig" + shown;
    }
}
